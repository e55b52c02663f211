package app.bettertalk.core.safety;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

class CrisisScreenPropertiesTest {
    private final CrisisPhrases phrases = CrisisPhrases.bundled();
    private final CrisisScreen screen = new CrisisScreen(phrases);

    @Property(tries = 1_000)
    void whatever_is_written_the_screen_answers_with_a_phrase_of_its_list_or_nothing(
            @ForAll @StringLength(max = 2_000) String text) {
        var concern = screen.check(text);

        concern.ifPresent(found -> assertThat(phrases.phrases()).extracting(Phrase::written).contains(found.phrase()));
    }

    @Property(tries = 500)
    void a_cry_for_help_on_a_line_of_its_own_is_found_whatever_surrounds_it(
            @ForAll @StringLength(max = 300) String before, @ForAll @StringLength(max = 300) String after) {
        var text = before + ".\ni want to die.\n" + after;

        assertThat(screen.check(text)).isPresent();
    }
}
