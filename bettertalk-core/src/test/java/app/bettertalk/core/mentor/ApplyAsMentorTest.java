package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.identity.UpdateProfile;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ApplyAsMentorTest {
    private final World world = new World();

    private Mentor apply(Actor actor, Mentor.Details details) {
        return world.applyAsMentor.apply(new ApplyAsMentor.Command(actor, details));
    }

    @Test
    void applying_makes_the_person_an_unverified_mentor() {
        var asha = world.onboardedUser("asha");

        apply(asha, World.mentorDetails());

        assertThat(world.mentors.byId(asha.id()).orElseThrow().verified()).isFalse();
        assertThat(world.identifyActor.identify(asha.id()).role()).isEqualTo(Role.MENTOR);
    }

    @Test
    void applying_stores_what_the_mentor_wrote_about_themselves() {
        var asha = world.onboardedUser("asha");

        apply(asha, new Mentor.Details(" Listener ", "I have been there.", List.of("grief", " anxiety "),
                List.of("Tamil"), 4));

        var mentor = world.mentors.byId(asha.id()).orElseThrow();
        assertThat(mentor.headline()).isEqualTo("Listener");
        assertThat(mentor.bio()).isEqualTo("I have been there.");
        assertThat(mentor.expertise()).containsExactly("grief", "anxiety");
        assertThat(mentor.languages()).containsExactly("Tamil");
        assertThat(mentor.experienceYears()).isEqualTo(4);
        assertThat(mentor.createdAt()).isEqualTo(world.now());
    }

    @Test
    void applying_twice_is_a_conflict() {
        var asha = world.onboardedUser("asha");
        apply(asha, World.mentorDetails());

        var refusal = catchThrowable(() -> apply(world.identifyActor.identify(asha.id()), World.mentorDetails()));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("already_a_mentor"));
    }

    @Test
    void applying_again_after_verification_leaves_the_mentor_verified() {
        var asha = world.verifiedMentor("asha");

        catchThrowable(() -> apply(asha, new Mentor.Details("Another", "Another bio.", List.of(), List.of(), 0)));

        var mentor = world.mentors.byId(asha.id()).orElseThrow();
        assertThat(mentor.verified()).isTrue();
        assertThat(mentor.headline()).isEqualTo(World.mentorDetails().headline());
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_apply() {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> apply(newcomer, World.mentorDetails()));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
        assertThat(world.mentors.byId(newcomer.id())).isEmpty();
    }

    @Test
    void an_admin_who_applies_stays_an_admin() {
        var admin = world.admin("meera");

        apply(admin, World.mentorDetails());

        assertThat(world.identifyActor.identify(admin.id()).role()).isEqualTo(Role.ADMIN);
        assertThat(world.mentors.byId(admin.id())).isPresent();
    }

    @Test
    void an_application_with_a_blank_headline_is_refused_and_changes_nothing() {
        var asha = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> apply(asha, new Mentor.Details("  ", "Bio.", List.of(), List.of(), 0)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("headline"));
        assertThat(world.mentors.byId(asha.id())).isEmpty();
        assertThat(world.identifyActor.identify(asha.id()).role()).isEqualTo(Role.USER);
    }

    @Test
    void a_mentor_who_chose_no_public_name_is_shown_by_their_anonymous_username() {
        var asha = world.onboardedUser("asha_k");

        var mentor = apply(asha, World.mentorDetails());

        assertThat(mentor.publicName()).isEqualTo("asha_k");
    }

    @Test
    void a_mentor_who_chose_no_public_name_is_shown_by_their_display_name() {
        var asha = world.onboardedUser("asha_k");
        world.updateProfile.update(new UpdateProfile.Command(asha, "Asha Iyer", "", "30", "98765 43210"));

        var mentor = apply(world.identifyActor.identify(asha.id()), World.mentorDetails());

        assertThat(mentor.publicName()).isEqualTo("Asha Iyer");
    }

    @Test
    void a_display_name_too_short_for_a_mentor_leaves_the_username_as_the_public_name() {
        var asha = world.onboardedUser("asha_k");
        world.updateProfile.update(new UpdateProfile.Command(asha, "A", "", "30", "98765 43210"));

        var mentor = apply(world.identifyActor.identify(asha.id()), World.mentorDetails());

        assertThat(mentor.publicName()).isEqualTo("asha_k");
    }

    @Test
    void the_public_name_a_mentor_chose_is_kept_stripped() {
        var asha = world.onboardedUser("asha_k");

        var mentor = apply(asha, World.mentorDetails().orName("  Dr. Asha Iyer  "));

        assertThat(mentor.publicName()).isEqualTo("Dr. Asha Iyer");
    }

    @Test
    void a_public_name_that_looks_like_another_members_username_is_refused_and_nothing_changes() {
        world.onboardedUser("lily_k");
        var asha = world.onboardedUser("asha_k");

        var refusal = catchThrowable(() -> apply(asha, World.mentorDetails().orName("Iily_K")));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("publicName");
            assertThat(invalid.rule()).isEqualTo("looks too much like another member's username; choose another");
        });
        assertThat(world.mentors.byId(asha.id())).isEmpty();
    }

    @Test
    void a_public_name_that_looks_like_staff_is_refused() {
        var asha = world.onboardedUser("asha_k");

        var refusal = catchThrowable(() -> apply(asha, World.mentorDetails().orName("Asha, Verif1ed")));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                invalid -> assertThat(invalid.field()).isEqualTo("publicName"));
    }

    @Test
    void a_mentor_may_choose_their_own_username_as_their_public_name() {
        var asha = world.onboardedUser("asha_k");

        var mentor = apply(asha, World.mentorDetails().orName("Asha_K"));

        assertThat(mentor.publicName()).isEqualTo("Asha_K");
    }

    @Test
    void a_public_name_of_one_character_is_refused() {
        var asha = world.onboardedUser("asha_k");

        var refusal = catchThrowable(() -> apply(asha, World.mentorDetails().orName("A")));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("publicName");
            assertThat(invalid.rule()).isEqualTo("must be 2 to 60 characters on one line");
        });
    }

    @Test
    void a_public_name_of_61_characters_is_refused() {
        var asha = world.onboardedUser("asha_k");

        var refusal = catchThrowable(() -> apply(asha, World.mentorDetails().orName("a".repeat(61))));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                invalid -> assertThat(invalid.field()).isEqualTo("publicName"));
    }

    @Test
    void a_public_name_of_60_characters_is_taken() {
        var asha = world.onboardedUser("asha_k");

        var mentor = apply(asha, World.mentorDetails().orName("अ".repeat(60)));

        assertThat(mentor.publicName()).hasSize(60);
    }

    @Test
    void a_public_name_over_two_lines_is_refused() {
        var asha = world.onboardedUser("asha_k");

        var refusal = catchThrowable(() -> apply(asha, World.mentorDetails().orName("Asha\nIyer")));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                invalid -> assertThat(invalid.field()).isEqualTo("publicName"));
    }
}
