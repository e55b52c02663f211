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
    void the_mentor_is_named_by_the_display_name_they_had_when_they_applied() {
        var asha = world.onboardedUser("asha");
        world.updateProfile.update(new UpdateProfile.Command(asha, "Asha Didi", "", "35", "98765 43210"));
        world.applyAsMentor.apply(new ApplyAsMentor.Command(world.identifyActor.identify(asha.id()),
                World.mentorDetails()));
        world.verifyMentor.verify(new VerifyMentor.Command(Actor.operator(), asha.id(), true));
        var user = world.onboardedUser("ravi");

        var page = view(user, asha);

        assertThat(page.name()).isEqualTo("Asha Didi");
    }

    @Test
    void the_mentor_is_named_by_the_public_name_they_chose() {
        var asha = world.onboardedUser("asha");
        world.applyAsMentor.apply(new ApplyAsMentor.Command(asha, World.mentorDetails().orName("Asha Iyer")));
        world.verifyMentor.verify(new VerifyMentor.Command(Actor.operator(), asha.id(), true));
        var user = world.onboardedUser("ravi");

        var page = view(user, asha);

        assertThat(page.name()).isEqualTo("Asha Iyer");
    }

    @Test
    void a_display_name_changed_after_applying_leaves_the_mentors_public_name_as_it_was() {
        var mentor = world.verifiedMentor("asha");
        world.updateProfile.update(new UpdateProfile.Command(mentor, "Asha Didi", "", "35", "98765 43210"));

        var page = view(world.onboardedUser("ravi"), mentor);

        assertThat(page.name()).isEqualTo("asha");
    }

    @Test
    void a_mentor_without_a_photo_has_no_photo_version() {
        var mentor = world.verifiedMentor("asha");

        var page = view(world.onboardedUser("ravi"), mentor);

        assertThat(page.hasPhoto()).isFalse();
    }

    @Test
    void a_mentor_with_a_photo_shows_its_version() {
        var mentor = world.verifiedMentor("asha");
        var photo = world.changeMentorPhoto.change(new ChangeMentorPhoto.Command(mentor, "PNG photo".getBytes()));

        var page = view(world.onboardedUser("ravi"), mentor);

        assertThat(page.photoVersion()).isEqualTo(photo.version());
    }

    @Test
    void a_person_who_never_applied_to_mentor_has_no_mentor_page() {
        var user = world.onboardedUser("asha");
        var admin = world.admin("meera");

        var refusal = catchThrowable(() -> view(admin, user));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_visitor_who_has_not_signed_in_sees_a_verified_mentor_with_their_active_plans() {
        var mentor = world.verifiedMentor("asha");
        var week = world.plan(mentor, 7);

        var page = view(Actor.visitor(), mentor);

        assertThat(page.plans()).containsExactly(week);
        assertThat(page.viewerIsMentor()).isFalse();
    }

    @Test
    void a_visitor_finds_no_unverified_mentor() {
        var mentor = world.unverifiedMentor("asha");

        var refusal = catchThrowable(() -> view(Actor.visitor(), mentor));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_visitor_may_not_book_but_could_once_signed_in() {
        var mentor = world.verifiedMentor("asha");
        world.plan(mentor, 7);

        var page = view(Actor.visitor(), mentor);

        assertThat(page.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.bookable()).isFalse();
            assertThat(shown.bookableOnceSignedIn()).isTrue();
        });
    }

    @Test
    void someone_still_onboarding_could_book_once_onboarded() {
        var mentor = world.verifiedMentor("asha");
        world.plan(mentor, 7);

        var page = view(world.newcomer("ravi"), mentor);

        assertThat(page.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.bookable()).isFalse();
            assertThat(shown.bookableOnceSignedIn()).isTrue();
        });
    }

    @Test
    void a_member_who_may_book_is_not_asked_to_sign_in() {
        var mentor = world.verifiedMentor("asha");
        world.plan(mentor, 7);

        var page = view(world.onboardedUser("ravi"), mentor);

        assertThat(page.shown()).singleElement().satisfies(shown -> assertThat(shown.bookableOnceSignedIn()).isFalse());
    }
}
