package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewPlanTest {
    private final World world = new World();
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);

    private PlanOffer view(Actor actor, PlanId plan) {
        return world.viewPlan.view(new ViewPlan.Query(actor, plan));
    }

    @Test
    void a_member_is_offered_an_active_plan_of_a_verified_mentor_to_book() {
        var asha = world.onboardedUser("asha");

        var offer = view(asha, week.id());

        assertThat(offer.plan()).isEqualTo(week);
        assertThat(offer.mentorName()).isEqualTo("ravi_k");
        assertThat(offer.bookable()).isTrue();
    }

    @Test
    void the_mentor_sees_their_own_plans_summary_but_may_not_book_it() {
        var offer = view(ravi, week.id());

        assertThat(offer.plan()).isEqualTo(week);
        assertThat(offer.bookable()).isFalse();
    }

    @Test
    void a_deactivated_plan_is_not_found() {
        world.changePlanAvailability.change(new ChangePlanAvailability.Command(ravi, week.id(), false));
        var asha = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> view(asha, week.id()));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_unverified_mentors_plan_is_not_found_even_for_an_admin() {
        var nila = world.unverifiedMentor("nila");
        var plan = world.plan(nila, 3);
        var admin = world.admin("meera");

        var refusal = catchThrowable(() -> view(admin, plan.id()));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }
}
