package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.UpdateProfile;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewMentorTest {
    private final World world = new World();

    private MentorPage view(Actor viewer, Actor mentor) {
        return world.viewMentor.view(new ViewMentor.Query(viewer, mentor.id()));
    }

    private void deactivate(Actor mentor, Plan plan) {
        world.changePlanAvailability.change(new ChangePlanAvailability.Command(mentor, plan.id(), false));
    }

    @Test
    void any_onboarded_person_sees_a_verified_mentor_with_their_active_plans() {
        var mentor = world.verifiedMentor("asha");
        var week = world.plan(mentor, 7);
        var month = world.plan(mentor, 30);
        var user = world.onboardedUser("ravi");

        var page = view(user, mentor);

        assertThat(page.mentor().id()).isEqualTo(mentor.id());
        assertThat(page.plans()).containsExactly(week, month);
        assertThat(page.viewerIsMentor()).isFalse();
    }

    @Test
    void an_unverified_mentor_is_not_found_for_other_people() {
        var mentor = world.unverifiedMentor("asha");
        var user = world.onboardedUser("ravi");

        var refusal = catchThrowable(() -> view(user, mentor));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_unverified_mentor_is_not_found_for_a_verified_mentor() {
        var mentor = world.unverifiedMentor("asha");
        var other = world.verifiedMentor("ravi");

        var refusal = catchThrowable(() -> view(other, mentor));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_unverified_mentor_sees_their_own_page() {
        var mentor = world.unverifiedMentor("asha");

        var page = view(mentor, mentor);

        assertThat(page.mentor().verified()).isFalse();
        assertThat(page.viewerIsMentor()).isTrue();
    }

    @Test
    void an_admin_sees_an_unverified_mentor() {
        var mentor = world.unverifiedMentor("asha");
        var admin = world.admin("meera");

        var page = view(admin, mentor);

        assertThat(page.mentor().id()).isEqualTo(mentor.id());
        assertThat(page.viewerIsMentor()).isFalse();
    }

    @Test
    void a_mentor_whose_verification_was_taken_back_is_not_found_for_other_people() {
        var mentor = world.verifiedMentor("asha");
        var user = world.onboardedUser("ravi");
        world.verifyMentor.verify(new VerifyMentor.Command(Actor.operator(), mentor.id(), false));

        var refusal = catchThrowable(() -> view(user, mentor));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void inactive_plans_are_hidden_from_other_people() {
        var mentor = world.verifiedMentor("asha");
        var week = world.plan(mentor, 7);
        var month = world.plan(mentor, 30);
        deactivate(mentor, month);
        var user = world.onboardedUser("ravi");

        var page = view(user, mentor);

        assertThat(page.plans()).containsExactly(week);
    }

    @Test
    void the_mentor_sees_their_inactive_plans_too() {
        var mentor = world.verifiedMentor("asha");
        world.plan(mentor, 7);
        var month = world.plan(mentor, 30);
        deactivate(mentor, month);

        var page = view(mentor, mentor);

        assertThat(page.plans()).hasSize(2).anySatisfy(plan -> {
            assertThat(plan.id()).isEqualTo(month.id());
            assertThat(plan.active()).isFalse();
        });
    }

    @Test
    void an_admin_sees_inactive_plans_too() {
        var mentor = world.verifiedMentor("asha");
        var month = world.plan(mentor, 30);
        deactivate(mentor, month);
        var admin = world.admin("ops_lead");

        var page = view(admin, mentor);

        assertThat(page.plans()).extracting(Plan::id).containsExactly(month.id());
    }

    @Test
    void a_member_may_book_a_verified_mentors_active_plans() {
        var mentor = world.verifiedMentor("asha");
        world.plan(mentor, 7);
        var user = world.onboardedUser("ravi");

        var page = view(user, mentor);

        assertThat(page.shown()).singleElement().satisfies(shown -> assertThat(shown.bookable()).isTrue());
    }

    @Test
    void the_mentor_may_book_none_of_their_own_plans() {
        var mentor = world.verifiedMentor("asha");
        world.plan(mentor, 7);

        var page = view(mentor, mentor);

        assertThat(page.shown()).singleElement().satisfies(shown -> assertThat(shown.bookable()).isFalse());
    }

    @Test
    void an_admin_may_not_book_the_plans_of_an_unverified_mentor_they_can_see() {
        var mentor = world.unverifiedMentor("asha");
        world.plan(mentor, 7);
        var admin = world.admin("meera");

        var page = view(admin, mentor);

        assertThat(page.shown()).singleElement().satisfies(shown -> assertThat(shown.bookable()).isFalse());
    }

    @Test
    void an_admin_may_not_book_a_deactivated_plan_they_can_see() {
        var mentor = world.verifiedMentor("asha");
        var week = world.plan(mentor, 7);
        deactivate(mentor, week);
        var admin = world.admin("meera");

        var page = view(admin, mentor);

        assertThat(page.shown()).singleElement().satisfies(shown -> assertThat(shown.bookable()).isFalse());
    }

    @Test
    void the_mentor_is_named_by_their_anonymous_username_when_they_chose_no_display_name() {
        var mentor = world.verifiedMentor("asha");
        var user = world.onboardedUser("ravi");

        var page = view(user, mentor);

        assertThat(page.name()).isEqualTo("asha");
    }

    @Test
    void the_mentor_is_named_by_the_display_name_they_chose() {
        var mentor = world.verifiedMentor("asha");
        world.updateProfile.update(new UpdateProfile.Command(mentor, "Asha Didi", "", "35", "98765 43210"));
        var user = world.onboardedUser("ravi");

        var page = view(user, mentor);

        assertThat(page.name()).isEqualTo("Asha Didi");
    }

    @Test
    void a_person_who_never_applied_to_mentor_has_no_mentor_page() {
        var user = world.onboardedUser("asha");
        var admin = world.admin("meera");

        var refusal = catchThrowable(() -> view(admin, user));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_view_mentors() {
        var mentor = world.verifiedMentor("asha");
        var newcomer = world.newcomer("ravi");

        var refusal = catchThrowable(() -> view(newcomer, mentor));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }
}
