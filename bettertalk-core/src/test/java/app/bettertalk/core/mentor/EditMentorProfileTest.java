package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class EditMentorProfileTest {
    private final World world = new World();

    private static final Mentor.Details NEW_DETAILS = new Mentor.Details("Here on weekends",
            "I listen without judging.", List.of("loneliness"), List.of("Marathi", "English"), 12);

    private Mentor edit(Actor actor, Mentor.Details details) {
        return world.editMentorProfile.edit(new EditMentorProfile.Command(actor, details));
    }

    private Mentor stored(Actor mentor) {
        return world.mentors.byId(mentor.id()).orElseThrow();
    }

    @Test
    void a_mentor_edits_what_they_wrote_about_themselves() {
        var mentor = world.verifiedMentor("asha");
        world.clock.advance(Duration.ofDays(1));

        edit(mentor, NEW_DETAILS);

        var edited = stored(mentor);
        assertThat(edited.headline()).isEqualTo("Here on weekends");
        assertThat(edited.bio()).isEqualTo("I listen without judging.");
        assertThat(edited.expertise()).containsExactly("loneliness");
        assertThat(edited.languages()).containsExactly("Marathi", "English");
        assertThat(edited.experienceYears()).isEqualTo(12);
        assertThat(edited.updatedAt()).isEqualTo(world.now());
    }

    @Test
    void editing_keeps_a_verified_mentor_verified() {
        var mentor = world.verifiedMentor("asha");

        edit(mentor, NEW_DETAILS);

        assertThat(stored(mentor).verified()).isTrue();
    }

    @Test
    void editing_does_not_verify_an_unverified_mentor() {
        var mentor = world.unverifiedMentor("asha");

        edit(mentor, NEW_DETAILS);

        assertThat(stored(mentor).verified()).isFalse();
    }

    @Test
    void a_person_who_never_applied_has_no_mentor_profile_to_edit() {
        var user = world.onboardedUser("asha");

        var refusal = catchThrowable(() -> edit(user, NEW_DETAILS));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_mentor"));
        assertThat(world.mentors.byId(user.id())).isEmpty();
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_edit_a_mentor_profile() {
        var newcomer = world.newcomer("asha");

        var refusal = catchThrowable(() -> edit(newcomer, NEW_DETAILS));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void unacceptable_details_are_refused_and_the_profile_is_unchanged() {
        var mentor = world.verifiedMentor("asha");
        var before = stored(mentor);

        var refusal = catchThrowable(() -> edit(mentor,
                new Mentor.Details("Headline", "Bio.", List.of(), List.of(), 71)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("experienceYears"));
        assertThat(stored(mentor)).isEqualTo(before);
    }

    @Test
    void a_mentor_edits_only_their_own_profile() {
        var asha = world.verifiedMentor("asha");
        var ravi = world.verifiedMentor("ravi");
        var raviBefore = stored(ravi);

        edit(asha, NEW_DETAILS);

        assertThat(stored(ravi)).isEqualTo(raviBefore);
    }

    @Test
    void a_mentor_changes_their_public_name() {
        var mentor = world.verifiedMentor("asha");

        edit(mentor, NEW_DETAILS.orName("Asha Iyer"));

        assertThat(stored(mentor).publicName()).isEqualTo("Asha Iyer");
    }

    @Test
    void a_new_public_name_that_looks_like_another_members_username_is_refused_and_the_old_one_kept() {
        world.onboardedUser("ravi_k");
        var mentor = world.verifiedMentor("asha");

        var refusal = catchThrowable(() -> edit(mentor, NEW_DETAILS.orName("Ravi_K")));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                invalid -> assertThat(invalid.field()).isEqualTo("publicName"));
        assertThat(stored(mentor).publicName()).isEqualTo("asha");
    }

    @Test
    void an_edit_without_a_public_name_keeps_the_current_one() {
        var mentor = world.verifiedMentor("asha");
        edit(mentor, NEW_DETAILS.orName("Asha Iyer"));

        edit(mentor, NEW_DETAILS);

        assertThat(stored(mentor).publicName()).isEqualTo("Asha Iyer");
    }
}
