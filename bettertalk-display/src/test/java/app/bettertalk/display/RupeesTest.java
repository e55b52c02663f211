package app.bettertalk.display;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class RupeesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0 | ₹0",
            "100 | ₹1",
            "49900 | ₹499",
            "49950 | ₹499.50",
            "149950 | ₹1,499.50",
            "5 | ₹0.05",
            "49905 | ₹499.05",
            "100000 | ₹1,000",
            "14999900 | ₹1,49,999",
            "10000000 | ₹1,00,000",
            "1234567800 | ₹1,23,45,678",
            "1234567801 | ₹1,23,45,678.01",
            "1234567890000 | ₹12,34,56,78,900",
    })
    void amounts_are_shown_in_rupees_grouped_the_indian_way(long paise, String shown) {
        assertThat(Rupees.format(new Paise(paise))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "499 | 49900",
            "499.50 | 49950",
            "' 1499.05 ' | 149905",
            "0.00 | 0",
            "007 | 700",
    })
    void prices_typed_in_whole_rupees_or_with_two_decimals_become_paise(String typed, long paise) {
        assertThat(Rupees.parse("price", typed)).isEqualTo(new Paise(paise));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "499.5", "499.", "1,499", "₹499", "-1", "+1", "1e3", "4 99", "499.505",
            "1234567890", "٤٩٩"})
    void any_other_shape_is_refused_on_the_field(String typed) {
        var refused = catchThrowable(() -> Rupees.parse("price", typed));

        assertThat(refused).isInstanceOfSatisfying(DomainException.Validation.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("price");
            assertThat(invalid.rule()).isEqualTo("must be in rupees, like 499 or 499.50");
        });
    }

    @Test
    void a_missing_price_is_refused_like_an_empty_one() {
        var refused = catchThrowable(() -> Rupees.parse("price", null));

        assertThat(refused).isInstanceOf(DomainException.Validation.class);
    }

    @Test
    void paise_are_shown_in_latin_digits_whatever_the_machine_locale() {
        var before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-EG-u-nu-arab"));
        try {
            var shown = Rupees.format(new Paise(149_950));

            assertThat(shown).isEqualTo("₹1,499.50");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
