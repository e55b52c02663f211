package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewOwnPlanTest {
    private final World world = new World();
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);

    private Plan view(Actor actor, PlanId plan) {
        return world.viewOwnPlan.view(new ViewOwnPlan.Query(actor, plan));
    }

    @Test
    void a_mentor_sees_their_own_plan_as_stored() {
        var plan = view(ravi, week.id());

        assertThat(plan).isEqualTo(week);
    }

    @Test
    void a_mentor_sees_their_own_deactivated_plan() {
        world.changePlanAvailability.change(new ChangePlanAvailability.Command(ravi, week.id(), false));

        var plan = view(ravi, week.id());

        assertThat(plan.active()).isFalse();
    }

    @Test
    void an_unverified_mentor_sees_their_own_plan() {
        var nila = world.unverifiedMentor("nila");
        var own = world.plan(nila, 3);

        var plan = view(nila, own.id());

        assertThat(plan).isEqualTo(own);
    }

    @Test
    void another_mentor_finds_no_plan_even_one_on_offer_to_everyone() {
        var meera = world.verifiedMentor("meera");

        var refusal = catchThrowable(() -> view(meera, week.id()));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.what()).isEqualTo("plan"));
    }

    @Test
    void an_admin_finds_no_plan_of_someone_else() {
        var admin = world.admin("priya");

        var refusal = catchThrowable(() -> view(admin, week.id()));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void another_mentor_finds_a_deactivated_plan_no_more_than_an_unknown_one() {
        world.changePlanAvailability.change(new ChangePlanAvailability.Command(ravi, week.id(), false));
        var meera = world.verifiedMentor("meera");

        var deactivated = catchThrowable(() -> view(meera, week.id()));
        var unknown = catchThrowable(() -> view(meera, PlanId.random()));

        assertThat(deactivated).isInstanceOf(DomainException.NotFound.class)
                .hasMessage(unknown.getMessage());
    }

    @Test
    void a_person_who_has_not_onboarded_is_refused_with_onboarding_required() {
        var newcomer = world.newcomer("ravi");

        var refusal = catchThrowable(() -> view(newcomer, week.id()));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }
}
