package app.bettertalk.core.safety;

import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeout;

class CrisisScreenTest {
    private final CrisisScreen screen = new CrisisScreen(CrisisPhrases.bundled());

    @Test
    void a_text_that_raises_a_concern_is_held_until_its_writer_sends_it_anyway() {
        assertThat(catchThrowable(() -> screen.heldUnlessSentAnyway("I want to die", false)))
                .isInstanceOf(DomainException.HelpOffered.class);
        assertThat(screen.heldUnlessSentAnyway("I want to die", true)).isPresent();
        assertThat(screen.heldUnlessSentAnyway("this exam is killing me", false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to die", "i cant go on anymore", "thinking about ending my life",
            "I'm going to kill myself tonight", "sab khatam karna chahta hoon", "main marna chahti hoon",
            "jeene ka mann nahi karta", "khudkushi kar lunga"})
    void a_writer_saying_they_may_harm_themselves_is_flagged(String text) {
        assertThat(screen.check(text)).isPresent();
    }

    @Test
    void the_concern_names_the_phrase_as_the_list_writes_it_and_keeps_it_out_of_logs() {
        var concern = screen.check("I’m going to KILL MYSELFFF tonight").orElseThrow();

        assertThat(concern.phrase()).isEqualTo("kill myself");
        assertThat(concern.toString()).doesNotContain("kill");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I would never kill myself", "I don't want to die", "i dont wanna die",
            "I'm not going to hurt myself", "I'm not suicidal, just tired", "I didn't kill myself back then",
            "I no longer want to die"})
    void a_negation_shortly_before_an_english_phrase_cancels_it(String text) {
        assertThat(screen.check(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't know. I want to die", "I'm not ok I want to die", "im not ok, i want to die",
            "I would never have guessed that one day I would want to die"})
    void a_negation_in_another_sentence_or_thought_does_not_cancel_a_phrase(String text) {
        assertThat(screen.check(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"main marna nahi chahta", "main marna nahin chahti hoon", "marne ka mann nahi karta",
            "main kabhi khudkushi nahi karungi", "mujhe marna nahi hai", "main nahi marna chahta"})
    void a_hindi_negation_after_the_verb_cancels_a_phrase(String text) {
        assertThat(screen.check(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jeena nahi chahta", "main jeena nahi chahti", "jeene ka mann nahi karta ab",
            "I don't want to live anymore", "i hope i dont wake up tomorrow"})
    void a_negation_inside_a_phrase_is_part_of_the_phrase(String text) {
        assertThat(screen.check(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the song 'I want to die' is on repeat", "my friend said \"I'll end it all\" in a movie",
            "the villain says “I will end it all” and leaves", "she sang ‘I want to die’ at the fest",
            "the book «Main marna chahta hoon» is sad", "he keeps saying 'main khudkushi kar lunga' to scare us",
            "she said 'I don't want to live' in the play", "the title is ＂I want to die＂"})
    void words_in_quotation_marks_of_any_kind_are_someone_elses(String text) {
        assertThat(screen.check(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"I want to die\"", "I keep saying \"I want to die", "'i want to die'",
            "my mum said \"eat something\"\nI want to die", "the song 'Sunflower' is on repeat and I want to die"})
    void a_whole_message_in_quotes_an_unclosed_quote_or_a_quote_elsewhere_hides_nothing(String text) {
        assertThat(screen.check(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i cant go on anymore", "i can't go on anymore", "i can’t go on anymore",
            "i cannot go on anymore", "im going to kill myself", "i´m going to kill myself"})
    void apostrophes_are_optional_and_never_open_a_quotation(String text) {
        assertThat(screen.check(text)).isPresent();
    }

    @Test
    void a_negation_is_found_with_or_without_its_apostrophe() {
        assertThat(screen.check("I dont want to die")).isEmpty();
        assertThat(screen.check("I don’t want to die")).isEmpty();
        assertThat(screen.check("I won't kill myself")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i wanna dieeee", "i want to diiiie", "kiiiill myselfff", "I WANT TO DIE",
            "ｉ ｗａｎｔ ｔｏ ｄｉｅ", "i want to di\u200Be"})
    void stretched_capital_wide_and_invisible_letters_do_not_hide_a_phrase(String text) {
        assertThat(screen.check(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to\ndie", "I. want. to. die.", "i want to... die", "kill-myself",
            "want,to,die", "I want to\r\n\r\ndie"})
    void a_phrase_split_by_a_line_break_or_punctuation_is_found(String text) {
        assertThat(screen.check(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kill myself", "want to die, that is all", "some days i just want to die",
            "khudkushi kar lunga", "...kill myself!!!"})
    void a_phrase_is_found_at_the_start_or_end_of_a_text_or_as_the_whole_text(String text) {
        assertThat(screen.check(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n", "!!!", "😔"})
    void an_empty_text_or_one_without_words_raises_no_concern(String text) {
        assertThat(screen.check(text)).isEmpty();
    }

    @Test
    void no_text_at_all_raises_no_concern() {
        assertThat(screen.check(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"This exam is killing me", "I'm dying to see that film", "deadline will kill me lol",
            "I felt like dying of embarrassment", "my phone battery is dying", "this recipe is to die for",
            "I want to die my hair purple", "garmi se mar gaya aaj", "I ran 5 kms today"})
    void ordinary_venting_and_hyperbole_raise_no_concern(String text) {
        assertThat(screen.check(text)).isEmpty();
    }

    @Test
    void three_dots_in_a_phrase_skip_up_to_three_words_of_the_same_thought_but_never_an_unless_word() {
        var screen = new CrisisScreen(CrisisPhrases.parse("""
                [phrases]
                want to ... die
                [unless before]
                not
                used to
                """));

        assertThat(screen.check("want to die")).isPresent();
        assertThat(screen.check("want to just fucking die")).isPresent();
        assertThat(screen.check("want to really just totally die")).isPresent();
        assertThat(screen.check("want to really just totally fucking die")).isEmpty();
        assertThat(screen.check("want to not die")).isEmpty();
        assertThat(screen.check("want to go to die")).isPresent();
        assertThat(screen.check("want to go? die hard is on")).isEmpty();
    }

    @Test
    void spellings_on_one_same_word_line_are_one_word_in_phrases_and_in_texts() {
        var screen = new CrisisScreen(CrisisPhrases.parse("""
                [phrases]
                marna chahta
                [same word]
                chahta chahti chahte
                """));

        assertThat(screen.check("main marna chahti hoon")).isPresent();
        assertThat(screen.check("main marnaaa chahteee")).isPresent();
        assertThat(screen.check("main marna sochta hoon")).isEmpty();
    }

    @Test
    void the_bundled_list_reads() {
        assertThat(CrisisPhrases.bundled().phrases()).hasSizeGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "want to die\n[phrases]\n|line 1: an entry needs a section heading",
            "[phrases]\nwant to die\n[negations]\nnot|line 3: \"[negations]\" is not a section heading",
            "[phrases]\n\n# notes\n... die|line 4: ... stands between two words",
            "[phrases]\nwant to die ...|line 2: ... stands between two words",
            "[phrases]\n!!!|line 2: a phrase needs at least one word",
            "[phrases]\ndie\n[same word]\nnahi\n|line 4: a [same word] line lists at least two spellings",
            "[phrases]\ndie\n[same word]\nnahi nahin\nnahin nhi|line 5: \"nahin\" is already a spelling on line 4",
            "[phrases]\ndie\n[new thought]\nbut then|line 4: a [new thought] entry is one word",
            "[phrases]\ndie\n[unless after]\nnot ... really|line 4: an unless entry is one or more words",
            "[phrases\ndie|line 1: \"[phrases\" is not a section heading",
            "[unless before]\nnot|the [phrases] section lists no phrase"})
    void a_malformed_phrase_file_is_refused_naming_the_line_and_the_mistake(String fileAndMessage) {
        var parts = fileAndMessage.split("\\|");

        assertThat(catchThrowable(() -> CrisisPhrases.parse(parts[0])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(parts[1]);
    }

    @Test
    void a_long_message_is_checked_in_a_moment() {
        var texts = new String[]{"want to ".repeat(1_250), "jump off ".repeat(1_100),
                "'a ".repeat(3_300), "\"".repeat(10_000), "i dont ".repeat(1_400) + "want to die"};

        assertTimeout(Duration.ofSeconds(2), () -> {
            for (var text : texts) {
                screen.check(text);
            }
        });
        assertThat(screen.check(texts[4])).isEmpty();
    }
}
