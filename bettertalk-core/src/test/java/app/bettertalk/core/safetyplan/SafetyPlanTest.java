package app.bettertalk.core.safetyplan;

import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SafetyPlanTest {

    @Test
    void a_section_of_two_thousand_characters_is_kept() {
        var sections = new SafetyPlan.Sections("a".repeat(2_000), "", "", "", "");

        assertThat(sections.warningSigns()).hasSize(2_000);
    }

    @Test
    void a_section_longer_than_two_thousand_characters_is_refused_by_its_name() {
        var refused = catchThrowableOfType(DomainException.Validation.class,
                () -> new SafetyPlan.Sections("", "", "", "a".repeat(2_001), ""));

        assertThat(refused.field()).isEqualTo("reasonsForLiving");
        assertThat(refused.rule()).isEqualTo("must be at most 2000 characters");
    }

    @Test
    void characters_are_counted_not_the_units_java_stores_them_in() {
        var sections = new SafetyPlan.Sections("", "", "", "", "😊".repeat(2_000));

        assertThat(sections.safeSurroundings().codePointCount(0, sections.safeSurroundings().length()))
                .isEqualTo(2_000);
    }

    @Test
    void text_is_stripped_and_absent_sections_are_empty() {
        var sections = new SafetyPlan.Sections("  Not sleeping.\n ", null, null, null, null);

        assertThat(sections).isEqualTo(new SafetyPlan.Sections("Not sleeping.", "", "", "", ""));
    }

    @Test
    void text_is_kept_in_composed_form_so_the_same_words_are_the_same_text() {
        var decomposed = "Cafe\u0301 with Ame\u0301lie";

        var sections = new SafetyPlan.Sections("", decomposed, "", "", "");

        assertThat(sections.copingSteps()).isEqualTo("Caf\u00e9 with Am\u00e9lie");
    }

    @Test
    void a_browsers_line_breaks_count_as_one_character_each() {
        var typed = ("a".repeat(99) + "\r\n").repeat(20).strip();

        var sections = new SafetyPlan.Sections("", "", typed, "", "");

        assertThat(sections.peopleToCall()).doesNotContain("\r").hasSize(1_999);
    }

    @Test
    void control_characters_are_refused() {
        var refused = catchThrowableOfType(DomainException.Validation.class,
                () -> new SafetyPlan.Sections("", "", "Call \u0007 Priya", "", ""));

        assertThat(refused.field()).isEqualTo("peopleToCall");
    }

    @Test
    void a_plan_of_nothing_but_spaces_is_empty() {
        assertThat(new SafetyPlan.Sections(" ", "\n", "", "\t", "").isEmpty()).isTrue();
        assertThat(new SafetyPlan.Sections("", "", "", "", "Lock the balcony.").isEmpty()).isFalse();
    }
}
