package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class PhoneNumberTest {

    private static void assertRefused(String typed) {
        var refusal = catchThrowable(() -> PhoneNumber.parse(typed));

        assertThat(refusal).as(typed).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("phone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9876543210", "98765 43210", "98765-43210", "+91-98765-43210", "+91 98765 43210",
            "+919876543210", "098765 43210", "098765-43210", "09876543210", "0091 98765 43210", "00919876543210",
            "91 98765 43210", "919876543210", "(+91) 98765.43210", "  98765 43210  ", "987 654 3210"})
    void the_ways_people_in_india_write_a_mobile_number_all_become_the_same_e164(String typed) {
        var phone = PhoneNumber.parse(typed);

        assertThat(phone.e164()).isEqualTo("+919876543210");
    }

    @ParameterizedTest
    @CsvSource({
            "'+44 20 7946 0958', +442079460958",
            "'+1 (415) 555-2671', +14155552671",
            "'0044 20 7946 0958', +442079460958",
            "'+971 50 123 4567', +971501234567",
            "'+65 8123 4567', +6581234567"})
    void another_countrys_number_written_with_its_plus_code_is_kept_in_e164(String typed, String e164) {
        var phone = PhoneNumber.parse(typed);

        assertThat(phone.e164()).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5876543210", "1234567890", "0123456789", "+91 58765 43210", "0091 48765 43210",
            "91 38765 43210", "058765 43210"})
    void an_indian_number_not_starting_with_six_to_nine_is_refused(String typed) {
        assertRefused(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"98765 4321", "98765 432100", "+91 98765 4321", "+91 98765 432100", "9876"})
    void an_indian_number_of_other_than_ten_digits_is_refused(String typed) {
        assertRefused(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"98765abcde", "phone", "+44 20 79460 abc", "+", "+0 20 7946 0958",
            "+1234567890123456", "+12345", "98765_43210", "98765/43210", "٩٨٧٦٥٤٣٢١٠"})
    void a_number_that_is_not_a_phone_number_is_refused(String typed) {
        assertRefused(typed);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void a_missing_number_is_refused(String typed) {
        assertRefused(typed);
    }

    @Test
    void a_number_already_in_e164_is_kept() {
        var phone = new PhoneNumber("+919876543210");

        assertThat(phone).hasToString("+919876543210");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9876543210", "+91 9876543210", "+915876543210", "+9198765432"})
    void a_stored_number_must_already_be_in_e164(String e164) {
        var refusal = catchThrowable(() -> new PhoneNumber(e164));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("phone"));
    }
}
