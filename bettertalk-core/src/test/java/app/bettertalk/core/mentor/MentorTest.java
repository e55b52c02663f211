package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class MentorTest {
    private static final Instant AT = TestClock.START;

    private static Mentor applied(String headline, String bio, List<String> expertise, List<String> languages,
                                  int years) {
        return Mentor.applied(UserId.random(), new Mentor.Details("Asha", headline, bio, expertise, languages, years),
                AT);
    }

    private static Mentor applied(int years) {
        return applied("Listener", "Bio.", List.of(), List.of(), years);
    }

    private static void assertRefusedOn(String field, Runnable construction) {
        var refusal = catchThrowable(construction::run);

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo(field));
    }

    private static List<String> tags(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "tag" + i).toList();
    }

    @Test
    void a_fresh_application_is_unverified() {
        var mentor = applied(3);

        assertThat(mentor.verified()).isFalse();
        assertThat(mentor.createdAt()).isEqualTo(AT);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 70})
    void experience_of_zero_to_seventy_years_is_accepted(int years) {
        var mentor = applied(years);

        assertThat(mentor.experienceYears()).isEqualTo(years);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 71})
    void experience_outside_zero_to_seventy_years_is_refused(int years) {
        assertRefusedOn("experienceYears", () -> applied(years));
    }

    @Test
    void a_blank_headline_is_refused() {
        assertRefusedOn("headline", () -> applied(" ", "Bio.", List.of(), List.of(), 0));
    }

    @Test
    void a_headline_of_a_hundred_and_twenty_characters_is_accepted() {
        var mentor = applied("h".repeat(120), "Bio.", List.of(), List.of(), 0);

        assertThat(mentor.headline()).hasSize(120);
    }

    @Test
    void a_headline_over_a_hundred_and_twenty_characters_is_refused() {
        assertRefusedOn("headline", () -> applied("h".repeat(121), "Bio.", List.of(), List.of(), 0));
    }

    @Test
    void a_blank_bio_is_refused() {
        assertRefusedOn("bio", () -> applied("Listener", "", List.of(), List.of(), 0));
    }

    @Test
    void a_bio_over_five_thousand_characters_is_refused() {
        assertRefusedOn("bio", () -> applied("Listener", "b".repeat(5_001), List.of(), List.of(), 0));
    }

    @Test
    void tags_are_stripped_blank_ones_dropped_and_duplicates_ignoring_case_kept_once() {
        var mentor = applied("Listener", "Bio.", List.of(" Anxiety ", "anxiety", "", "  ", "Grief", "ANXIETY"),
                List.of("Hindi", "hindi"), 0);

        assertThat(mentor.expertise()).containsExactly("Anxiety", "Grief");
        assertThat(mentor.languages()).containsExactly("Hindi");
    }

    @Test
    void ten_tags_are_accepted() {
        var mentor = applied("Listener", "Bio.", tags(10), tags(10), 0);

        assertThat(mentor.expertise()).hasSize(10);
        assertThat(mentor.languages()).hasSize(10);
    }

    @Test
    void eleven_expertise_tags_are_refused() {
        assertRefusedOn("expertise", () -> applied("Listener", "Bio.", tags(11), List.of(), 0));
    }

    @Test
    void eleven_languages_are_refused() {
        assertRefusedOn("languages", () -> applied("Listener", "Bio.", List.of(), tags(11), 0));
    }

    @Test
    void a_tag_over_thirty_characters_is_refused() {
        assertRefusedOn("expertise", () -> applied("Listener", "Bio.", List.of("t".repeat(31)), List.of(), 0));
    }

    @Test
    void the_details_keep_no_reference_to_the_lists_they_were_given() {
        var expertise = new ArrayList<>(List.of("grief"));
        var details = new Mentor.Details("Listener", "Bio.", expertise, null, 0);

        expertise.add("anxiety");

        assertThat(details.expertise()).containsExactly("grief");
        assertThat(details.languages()).isEmpty();
    }

    @Test
    void editing_keeps_the_verification_and_the_application_time() {
        var mentor = applied(3).withVerified(true, AT.plus(Duration.ofDays(1)));

        var edited = mentor.edited(new Mentor.Details("New", "New bio.", List.of(), List.of(), 4),
                AT.plus(Duration.ofDays(2)));

        assertThat(edited.verified()).isTrue();
        assertThat(edited.createdAt()).isEqualTo(AT);
        assertThat(edited.updatedAt()).isEqualTo(AT.plus(Duration.ofDays(2)));
    }

    @Test
    void setting_the_verification_it_already_has_changes_nothing() {
        var mentor = applied(3);

        var same = mentor.withVerified(false, AT.plus(Duration.ofDays(1)));

        assertThat(same).isSameAs(mentor);
    }

    @Test
    void an_application_without_a_public_name_is_refused_on_it() {
        assertRefusedOn("publicName", () -> Mentor.applied(UserId.random(),
                new Mentor.Details("Listener", "Bio.", List.of(), List.of(), 0), AT));
    }

    @Test
    void editing_without_a_public_name_keeps_the_one_there_is() {
        var mentor = applied(3);

        var edited = mentor.edited(new Mentor.Details("New", "New bio.", List.of(), List.of(), 4), AT);

        assertThat(edited.publicName()).isEqualTo("Asha");
    }
}
