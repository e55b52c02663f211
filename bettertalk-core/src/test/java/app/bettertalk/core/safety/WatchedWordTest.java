package app.bettertalk.core.safety;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class WatchedWordTest {
    private static final UserId ADMIN = new UserId(UUID.randomUUID());

    private static WatchedWord watched(String word, WordAction action) {
        return new WatchedWord(word, action, ADMIN, Instant.EPOCH);
    }

    private static boolean says(String text, String word) {
        return WatchedWords.strongestIn(text, List.of(watched(word, WordAction.FLAG))).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "That was a scam.|scam",
            "SCAM alert|scam",
            "ｓｃａｍ in full width|scam",
            "what a scammer he is|scam*",
            "buy   followers here|buy followers",
            "buy\tfollowers|buy followers",
            "तुम बेवकूफ हो|बेवकूफ",
            "(scam)|scam",
    })
    void a_word_is_said_whole_in_any_case_width_or_spacing(String text, String word) {
        assertThat(says(text, word)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a scamp of a puppy|scam",
            "the scammer|scam",
            "buy some followers|buy followers",
            "scampi|scam",
            "nothing here|scam",
    })
    void part_of_another_word_is_not_the_word(String text, String word) {
        assertThat(says(text, word)).isFalse();
    }

    @Test
    void the_strongest_action_wins_and_names_what_the_text_said() {
        var words = List.of(watched("spam", WordAction.FLAG), watched("scam*", WordAction.BLOCK),
                watched("crypto", WordAction.HOLD));

        var hit = WatchedWords.strongestIn("Spam and crypto from a Scammer", words).orElseThrow();

        assertThat(hit.word().word()).isEqualTo("scam*");
        assertThat(hit.said()).isEqualTo("scammer");
    }

    @Test
    void a_word_is_stored_folded() {
        assertThat(watched("  Buy   ＦＯＬＬＯＷＥＲＳ ", WordAction.FLAG).word()).isEqualTo("buy followers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "***", "--", "a\u0007b"})
    void a_word_needs_a_letter_or_digit_and_no_control_characters(String typed) {
        var refusal = catchThrowable(() -> WatchedWord.normal(typed));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                invalid -> assertThat(invalid.field()).isEqualTo("word"));
    }

    @Test
    void a_word_is_at_most_sixty_characters() {
        assertThat(WatchedWord.normal("a".repeat(60))).hasSize(60);
        assertThat(catchThrowable(() -> WatchedWord.normal("a".repeat(61))))
                .isInstanceOf(DomainException.Validation.class);
    }

    @Test
    void an_action_is_parsed_from_its_key_and_nothing_else() {
        assertThat(WordAction.parse(" Hold ")).isEqualTo(WordAction.HOLD);
        assertThat(catchThrowable(() -> WordAction.parse("delete")))
                .isInstanceOfSatisfying(DomainException.Validation.class,
                        invalid -> assertThat(invalid.rule()).isEqualTo("must be block, hold or flag"));
    }
}
