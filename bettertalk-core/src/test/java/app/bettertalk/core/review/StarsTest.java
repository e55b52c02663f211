package app.bettertalk.core.review;

import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StarsTest {
    @ParameterizedTest
    @ValueSource(strings = {"1", "3", "5", " 4 "})
    void one_to_five_typed_as_text_are_stars(String typed) {
        assertThat(Stars.parse(typed).value()).isEqualTo(Integer.parseInt(typed.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "x", "", "4.5", "-1", "05", "٣"})
    void anything_else_typed_is_refused_on_the_stars_field_with_what_is_accepted(String typed) {
        var refused = catchThrowableOfType(DomainException.Validation.class, () -> Stars.parse(typed));

        assertThat(refused.field()).isEqualTo("stars");
        assertThat(refused.rule()).isEqualTo("must be a whole number from 1 to 5");
    }

    @Test
    void absent_stars_are_refused_too() {
        var refused = catchThrowableOfType(DomainException.Validation.class, () -> Stars.parse(null));

        assertThat(refused.field()).isEqualTo("stars");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -5, Integer.MAX_VALUE})
    void a_number_outside_one_to_five_is_no_stars(int value) {
        var refused = catchThrowableOfType(DomainException.Validation.class, () -> new Stars(value));

        assertThat(refused.field()).isEqualTo("stars");
    }
}
