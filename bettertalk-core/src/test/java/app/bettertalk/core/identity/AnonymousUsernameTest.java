package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class AnonymousUsernameTest {

    private static void assertRefused(String typed) {
        var refusal = catchThrowable(() -> new AnonymousUsername(typed));

        assertThat(refusal).as(typed).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("username"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ash", "asha", "ravi_k", "Meera_2001", "a_very_long_name_ok1", "_x_", "k9x", "x123456"})
    void a_name_of_three_to_twenty_letters_digits_or_underscores_with_a_letter_is_accepted(String typed) {
        var username = new AnonymousUsername(typed);

        assertThat(username.value()).isEqualTo(typed);
    }

    @Test
    void three_characters_is_the_shortest_name() {
        var username = new AnonymousUsername("abc");

        assertThat(username.value()).isEqualTo("abc");
    }

    @Test
    void twenty_characters_is_the_longest_name() {
        var username = new AnonymousUsername("a".repeat(20));

        assertThat(username.value()).hasSize(20);
    }

    @Test
    void two_characters_are_too_few() {
        assertRefused("ab");
    }

    @Test
    void twenty_one_characters_are_too_many() {
        assertRefused("a".repeat(21));
    }

    @ParameterizedTest
    @ValueSource(strings = {"asha k", "asha-k", "asha.k", "asha!", "आशा_k", "ashä", "asha\tk"})
    void a_character_other_than_a_letter_digit_or_underscore_is_refused(String typed) {
        assertRefused(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asha@example.com", "a@b.in", "me@x"})
    void an_email_address_is_refused(String typed) {
        assertRefused(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9876543210", "asha9876543", "call_9876543210", "x1234567"})
    void a_name_holding_a_phone_number_is_refused(String typed) {
        assertRefused(typed);
    }

    @Test
    void six_digits_in_a_row_are_not_a_phone_number() {
        var username = new AnonymousUsername("asha123456");

        assertThat(username.value()).isEqualTo("asha123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "___", "2024_", "1_2_3"})
    void a_name_without_a_letter_is_refused(String typed) {
        assertRefused(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "Admin", "ADMIN", "mentor", "support", "bettertalk", "BetterTalk",
            "admin_1", "ad_min", "support24", "the_bettertalk_fan", "moderator", "user"})
    void a_reserved_word_is_refused_in_any_case_and_with_digits_or_underscores_added(String typed) {
        assertRefused(typed);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void a_missing_name_is_refused(String typed) {
        assertRefused(typed);
    }

    @Test
    void surrounding_spaces_are_dropped() {
        var username = new AnonymousUsername("  asha  ");

        assertThat(username.value()).isEqualTo("asha");
    }

    @Test
    void the_name_keeps_the_case_it_was_typed_in() {
        var username = new AnonymousUsername("Asha_K");

        assertThat(username.value()).isEqualTo("Asha_K");
        assertThat(username).hasToString("Asha_K");
    }

    @Test
    void names_differing_only_in_case_share_a_key() {
        var lower = new AnonymousUsername("asha_k");
        var upper = new AnonymousUsername("ASHA_K");

        assertThat(lower.key()).isEqualTo(upper.key()).isEqualTo("asha_k");
    }
}
