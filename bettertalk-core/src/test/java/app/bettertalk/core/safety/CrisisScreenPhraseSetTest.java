package app.bettertalk.core.safety;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the bundled list does on sentences written as people write, kept apart from the list so a miss is a real
 * miss: it finds at least nine cries for help in ten and troubles at most one ordinary message in ten.
 */
class CrisisScreenPhraseSetTest {
    private final CrisisScreen screen = new CrisisScreen(CrisisPhrases.bundled());

    @Test
    void the_bundled_list_finds_nine_in_ten_cries_for_help_and_troubles_at_most_one_in_ten_other_messages()
            throws IOException {
        var positives = sentences("+ ");
        var negatives = sentences("- ");
        var missed = positives.stream().filter(text -> screen.check(text).isEmpty()).toList();
        var troubled = negatives.stream().filter(text -> screen.check(text).isPresent()).toList();

        var detection = 1.0 - (double) missed.size() / positives.size();
        var falsePositives = (double) troubled.size() / negatives.size();
        System.out.printf("crisis screen: detection %d/%d = %.1f%%, false positives %d/%d = %.1f%%%n",
                positives.size() - missed.size(), positives.size(), 100 * detection,
                troubled.size(), negatives.size(), 100 * falsePositives);
        missed.forEach(text -> System.out.println("  missed:  " + text.replace("\n", "\\n")));
        troubled.forEach(text -> System.out.println("  flagged: " + text.replace("\n", "\\n") + "  ("
                + screen.check(text).orElseThrow().phrase() + ")"));

        assertThat(positives).hasSizeGreaterThanOrEqualTo(50);
        assertThat(negatives).hasSizeGreaterThanOrEqualTo(50);
        assertThat(detection).isGreaterThanOrEqualTo(0.9);
        assertThat(falsePositives).isLessThanOrEqualTo(0.1);
    }

    private List<String> sentences(String mark) throws IOException {
        try (var in = getClass().getResourceAsStream("crisis-phrase-set.txt")) {
            assertThat(in).as("crisis-phrase-set.txt").isNotNull();
            var sentences = new ArrayList<String>();
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.startsWith(mark)) {
                    sentences.add(line.substring(mark.length()).replace("\\n", "\n"));
                }
            }
            return sentences;
        }
    }
}
