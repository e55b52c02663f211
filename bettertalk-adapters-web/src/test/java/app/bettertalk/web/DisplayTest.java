package app.bettertalk.web;

import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|₹0", "49900|₹499", "149950|₹1,499.50", "100000|₹1,000", "10000000|₹1,00,000",
            "1234567801|₹1,23,45,678.01", "5|₹0.05"})
    void rupees_are_grouped_the_indian_way_with_paise_only_when_there_are_some(long paise, String shown) {
        assertThat(Rupees.format(new Paise(paise))).isEqualTo(shown);
    }

    @Test
    void times_are_shown_in_india() {
        assertThat(Display.when(Instant.parse("2026-11-25T10:00:00Z"))).isEqualTo("25 Nov 2026, 3:30 PM");
    }

    @Test
    void counts_name_one_thing_in_the_singular() {
        assertThat(Display.count(1, "member", "members")).isEqualTo("1 member");
        assertThat(Display.count(0, "member", "members")).isEqualTo("0 members");
    }
}
