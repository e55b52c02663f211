package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class EditPlanTest {
    private final World world = new World();

    private static final Plan.Terms NEW_TERMS =
            new Plan.Terms("Monthly support", "A month of chat.", Paise.ofRupees(1_499), 60, 30);

    private Plan edit(Actor actor, PlanId plan, Plan.Terms terms) {
        return world.editPlan.edit(new EditPlan.Command(actor, plan, terms));
    }

    private Plan stored(Plan plan) {
        return world.plans.byId(plan.id()).orElseThrow();
    }

    @Test
    void the_mentor_changes_the_terms_of_their_plan() {
        var mentor = world.verifiedMentor("asha");
        var plan = world.plan(mentor, 7);
        world.clock.advance(Duration.ofDays(1));

        edit(mentor, plan.id(), NEW_TERMS);

        var edited = stored(plan);
        assertThat(edited.title()).isEqualTo("Monthly support");
        assertThat(edited.description()).isEqualTo("A month of chat.");
        assertThat(edited.price()).isEqualTo(Paise.ofRupees(1_499));
        assertThat(edited.liveSessionMinutes()).isEqualTo(60);
        assertThat(edited.chatWindowDays()).isEqualTo(30);
        assertThat(edited.updatedAt()).isEqualTo(world.now());
        assertThat(edited.createdAt()).isEqualTo(plan.createdAt());
    }

    @Test
    void editing_keeps_an_inactive_plan_inactive() {
        var mentor = world.verifiedMentor("asha");
        var plan = world.plan(mentor, 7);
        world.changePlanAvailability.change(new ChangePlanAvailability.Command(mentor, plan.id(), false));

        edit(mentor, plan.id(), NEW_TERMS);

        assertThat(stored(plan).active()).isFalse();
    }

    @Test
    void another_mentor_cannot_edit_the_plan() {
        var owner = world.verifiedMentor("asha");
        var plan = world.plan(owner, 7);
        var other = world.verifiedMentor("ravi");

        var refusal = catchThrowable(() -> edit(other, plan.id(), NEW_TERMS));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_your_plan"));
        assertThat(stored(plan)).isEqualTo(plan);
    }

    @Test
    void an_admin_cannot_edit_a_mentors_plan() {
        var owner = world.verifiedMentor("asha");
        var plan = world.plan(owner, 7);
        var admin = world.admin("meera");

        var refusal = catchThrowable(() -> edit(admin, plan.id(), NEW_TERMS));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_your_plan"));
        assertThat(stored(plan)).isEqualTo(plan);
    }

    @Test
    void another_mentor_is_told_a_deactivated_plan_does_not_exist() {
        var owner = world.verifiedMentor("asha");
        var plan = world.plan(owner, 7);
        world.changePlanAvailability.change(new ChangePlanAvailability.Command(owner, plan.id(), false));
        var other = world.verifiedMentor("ravi");

        var refusal = catchThrowable(() -> edit(other, plan.id(), NEW_TERMS));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
        assertThat(stored(plan).title()).isEqualTo(plan.title());
    }

    @Test
    void another_mentor_is_told_an_unverified_mentors_plan_does_not_exist() {
        var owner = world.unverifiedMentor("asha");
        var plan = world.plan(owner, 7);
        var other = world.verifiedMentor("ravi");

        var refusal = catchThrowable(() -> edit(other, plan.id(), NEW_TERMS));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
        assertThat(stored(plan)).isEqualTo(plan);
    }

    @Test
    void a_user_cannot_edit_a_mentors_plan() {
        var owner = world.verifiedMentor("asha");
        var plan = world.plan(owner, 7);
        var user = world.onboardedUser("ravi");

        var refusal = catchThrowable(() -> edit(user, plan.id(), NEW_TERMS));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_your_plan"));
    }

    @Test
    void editing_an_unknown_plan_is_not_found() {
        var mentor = world.verifiedMentor("asha");

        var refusal = catchThrowable(() -> edit(mentor, PlanId.random(), NEW_TERMS));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_mentor_who_has_not_onboarded_cannot_edit_even_their_own_plan() {
        var mentor = world.verifiedMentor("asha");
        var plan = world.plan(mentor, 7);
        var notOnboarded = new Actor(mentor.id(), mentor.role(), false);

        var refusal = catchThrowable(() -> edit(notOnboarded, plan.id(), NEW_TERMS));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_edit_a_plan() {
        var plan = world.plan(world.verifiedMentor("asha"), 7);
        var newcomer = world.newcomer("ravi");

        var refusal = catchThrowable(() -> edit(newcomer, plan.id(), NEW_TERMS));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void unacceptable_new_terms_are_refused_and_the_plan_is_unchanged() {
        var mentor = world.verifiedMentor("asha");
        var plan = world.plan(mentor, 7);

        var refusal = catchThrowable(() -> edit(mentor, plan.id(),
                new Plan.Terms("Too long", "", Paise.ofRupees(499), 0, 91)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("chatWindowDays"));
        assertThat(stored(plan)).isEqualTo(plan);
    }
}
