package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CreatePlanTest {
    private final World world = new World();

    private Plan create(Actor actor, Plan.Terms terms) {
        return world.createPlan.create(new CreatePlan.Command(actor, terms));
    }

    @Test
    void a_mentor_offers_a_plan_with_its_terms() {
        var mentor = world.verifiedMentor("asha");

        var plan = create(mentor, new Plan.Terms(" Weekly check-in ", "Two chats a week.", Paise.ofRupees(999), 45,
                14));

        var stored = world.plans.byId(plan.id()).orElseThrow();
        assertThat(stored.mentor()).isEqualTo(mentor.id());
        assertThat(stored.title()).isEqualTo("Weekly check-in");
        assertThat(stored.description()).isEqualTo("Two chats a week.");
        assertThat(stored.price()).isEqualTo(new Paise(99_900));
        assertThat(stored.liveSessionMinutes()).isEqualTo(45);
        assertThat(stored.chatWindowDays()).isEqualTo(14);
        assertThat(stored.createdAt()).isEqualTo(world.now());
    }

    @Test
    void a_new_plan_is_active() {
        var mentor = world.verifiedMentor("asha");

        var plan = create(mentor, World.terms(7));

        assertThat(world.plans.byId(plan.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void an_unverified_mentor_may_prepare_plans() {
        var mentor = world.unverifiedMentor("asha");

        var plan = create(mentor, World.terms(7));

        assertThat(world.plans.ofMentor(mentor.id())).containsExactly(plan);
    }

    @Test
    void a_person_who_never_applied_to_mentor_cannot_offer_a_plan() {
        var user = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> create(user, World.terms(7)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_mentor"));
        assertThat(world.plans.ofMentor(user.id())).isEmpty();
    }

    @Test
    void an_admin_who_is_not_a_mentor_cannot_offer_a_plan() {
        var admin = world.admin("meera");

        var refusal = catchThrowable(() -> create(admin, World.terms(7)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_mentor"));
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_offer_a_plan() {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> create(newcomer, World.terms(7)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void a_plan_with_unacceptable_terms_is_refused_and_nothing_is_stored() {
        var mentor = world.verifiedMentor("asha");

        var refusal = catchThrowable(() -> create(mentor, new Plan.Terms("Free", "", new Paise(99), 0, 7)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("price"));
        assertThat(world.plans.ofMentor(mentor.id())).isEmpty();
    }

    @Test
    void a_mentor_may_offer_several_plans() {
        var mentor = world.verifiedMentor("asha");

        var week = create(mentor, World.terms(7));
        var month = create(mentor, World.terms(30));

        assertThat(world.plans.ofMentor(mentor.id())).containsExactly(week, month);
    }
}
