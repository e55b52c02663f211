package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ChangePlanAvailabilityTest {
    private final World world = new World();

    private Plan change(Actor actor, PlanId plan, boolean active) {
        return world.changePlanAvailability.change(new ChangePlanAvailability.Command(actor, plan, active));
    }

    private Plan stored(Plan plan) {
        return world.plans.byId(plan.id()).orElseThrow();
    }

    @Test
    void the_mentor_deactivates_their_plan() {
        var mentor = world.verifiedMentor("asha");
        var plan = world.plan(mentor, 7);
        world.clock.advance(Duration.ofHours(1));

        change(mentor, plan.id(), false);

        assertThat(stored(plan).active()).isFalse();
        assertThat(stored(plan).updatedAt()).isEqualTo(world.now());
    }

    @Test
    void the_mentor_activates_a_deactivated_plan_again() {
        var mentor = world.verifiedMentor("asha");
        var plan = world.plan(mentor, 7);
        change(mentor, plan.id(), false);

        change(mentor, plan.id(), true);

        assertThat(stored(plan).active()).isTrue();
    }

    @Test
    void deactivating_an_inactive_plan_changes_nothing() {
        var mentor = world.verifiedMentor("asha");
        var plan = world.plan(mentor, 7);
        change(mentor, plan.id(), false);
        var before = stored(plan);
        world.clock.advance(Duration.ofHours(1));

        change(mentor, plan.id(), false);

        assertThat(stored(plan)).isEqualTo(before);
    }

    @Test
    void changing_availability_keeps_the_terms() {
        var mentor = world.verifiedMentor("asha");
        var plan = world.plan(mentor, 7);

        change(mentor, plan.id(), false);

        var changed = stored(plan);
        assertThat(changed.title()).isEqualTo(plan.title());
        assertThat(changed.price()).isEqualTo(plan.price());
        assertThat(changed.chatWindowDays()).isEqualTo(plan.chatWindowDays());
    }

    @Test
    void another_mentor_cannot_deactivate_the_plan() {
        var owner = world.verifiedMentor("asha");
        var plan = world.plan(owner, 7);
        var other = world.verifiedMentor("ravi");

        var refusal = catchThrowable(() -> change(other, plan.id(), false));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_your_plan"));
        assertThat(stored(plan).active()).isTrue();
    }

    @Test
    void another_mentor_is_told_a_deactivated_plan_does_not_exist() {
        var owner = world.verifiedMentor("asha");
        var plan = world.plan(owner, 7);
        change(owner, plan.id(), false);
        var other = world.verifiedMentor("ravi");

        var refusal = catchThrowable(() -> change(other, plan.id(), true));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
        assertThat(stored(plan).active()).isFalse();
    }

    @Test
    void a_user_is_told_an_unverified_mentors_plan_does_not_exist() {
        var owner = world.unverifiedMentor("asha");
        var plan = world.plan(owner, 7);
        var user = world.onboardedUser("ravi");

        var refusal = catchThrowable(() -> change(user, plan.id(), false));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
        assertThat(stored(plan).active()).isTrue();
    }

    @Test
    void an_admin_cannot_activate_a_mentors_plan() {
        var owner = world.verifiedMentor("asha");
        var plan = world.plan(owner, 7);
        change(owner, plan.id(), false);
        var admin = world.admin("meera");

        var refusal = catchThrowable(() -> change(admin, plan.id(), true));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_your_plan"));
        assertThat(stored(plan).active()).isFalse();
    }

    @Test
    void changing_an_unknown_plan_is_not_found() {
        var mentor = world.verifiedMentor("asha");

        var refusal = catchThrowable(() -> change(mentor, PlanId.random(), false));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_change_a_plan() {
        var plan = world.plan(world.verifiedMentor("asha"), 7);
        var newcomer = world.newcomer("ravi");

        var refusal = catchThrowable(() -> change(newcomer, plan.id(), false));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
        assertThat(stored(plan).active()).isTrue();
    }
}
