package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class AgeLimitsTest {

    private static void assertRefused(AgeLimits limits, String typed) {
        var refusal = catchThrowable(() -> limits.check(typed));

        assertThat(refusal).as(typed).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("age"));
    }

    @Test
    void by_default_the_minimum_age_is_eighteen() {
        var age = AgeLimits.DEFAULT.check("18");

        assertThat(age).isEqualTo(18);
    }

    @Test
    void by_default_seventeen_is_too_young() {
        assertRefused(AgeLimits.DEFAULT, "17");
    }

    @Test
    void by_default_the_oldest_accepted_age_is_a_hundred_and_twenty() {
        var age = AgeLimits.DEFAULT.check("120");

        assertThat(age).isEqualTo(120);
    }

    @Test
    void by_default_a_hundred_and_twenty_one_is_refused() {
        assertRefused(AgeLimits.DEFAULT, "121");
    }

    @Test
    void a_refused_young_age_says_the_minimum() {
        var refusal = catchThrowable(() -> new AgeLimits(21, 100).check("20"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.rule()).contains("21"));
    }

    @ParameterizedTest
    @CsvSource({"20, false", "21, true", "60, true", "61, false"})
    void configured_limits_are_the_ones_applied(int age, boolean accepted) {
        var limits = new AgeLimits(21, 60);

        var refusal = catchThrowable(() -> limits.check(Integer.toString(age)));

        assertThat(refusal == null).isEqualTo(accepted);
    }

    @Test
    void surrounding_spaces_are_ignored() {
        var age = AgeLimits.DEFAULT.check(" 30 ");

        assertThat(age).isEqualTo(30);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "thirty", "30.5", "30,0", "-30", "+30", "3 0", "1e2", "٣٠", "30 years", "9999"})
    void an_age_that_is_not_a_whole_number_in_digits_is_refused(String typed) {
        assertRefused(AgeLimits.DEFAULT, typed);
    }

    @ParameterizedTest
    @CsvSource({"0, 10", "30, 20", "18, 151", "-1, 100"})
    void limits_that_make_no_sense_are_refused_at_configuration(int minimum, int maximum) {
        var refusal = catchThrowable(() -> new AgeLimits(minimum, maximum));

        assertThat(refusal).isInstanceOf(IllegalArgumentException.class);
    }
}
