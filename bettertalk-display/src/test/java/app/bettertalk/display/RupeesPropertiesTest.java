package app.bettertalk.display;

import app.bettertalk.core.shared.Paise;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

class RupeesPropertiesTest {
    /** The last three digits of the rupees, then pairs; paise as two digits, only when there are some. */
    private static final String INDIAN_WAY = "₹(\\d{1,3}|[1-9]\\d?(,\\d{2})*,\\d{3})(\\.\\d{2})?";

    @Property
    void every_amount_is_grouped_the_indian_way(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long paise) {
        var shown = Rupees.format(new Paise(paise));

        assertThat(shown).matches(INDIAN_WAY);
    }

    @Property
    void the_grouping_only_adds_commas_to_the_plain_amount(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long paise) {
        var shown = Rupees.format(new Paise(paise));

        var plain = paise % 100 == 0 ? Long.toString(paise / 100) : "%d.%02d".formatted(paise / 100, paise % 100);
        assertThat(shown.replace(",", "")).isEqualTo("₹" + plain);
    }

    @Property
    void a_shown_price_typed_back_without_symbol_and_commas_is_the_same_price(
            @ForAll @LongRange(min = 0, max = 999_999_999_99L) long paise) {
        var shown = Rupees.format(new Paise(paise));

        var typed = shown.replace("₹", "").replace(",", "");

        assertThat(Rupees.parse("price", typed)).isEqualTo(new Paise(paise));
    }
}
