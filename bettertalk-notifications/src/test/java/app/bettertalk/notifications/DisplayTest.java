package app.bettertalk.notifications;

import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTest {
    @Test
    void rupees_are_grouped_the_indian_way_and_whole_amounts_have_no_paise() {
        assertThat(Display.rupees(Paise.ofRupees(499))).isEqualTo("₹499");
        assertThat(Display.rupees(new Paise(49_905))).isEqualTo("₹499.05");
        assertThat(Display.rupees(Paise.ofRupees(1_000))).isEqualTo("₹1,000");
        assertThat(Display.rupees(Paise.ofRupees(1_49_999))).isEqualTo("₹1,49,999");
        assertThat(Display.rupees(Paise.ofRupees(12_34_56_789))).isEqualTo("₹12,34,56,789");
        assertThat(Display.rupees(Paise.ZERO)).isEqualTo("₹0");
    }

    @Test
    void times_are_shown_in_india_standard_time() {
        assertThat(Display.indianTime(Instant.parse("2026-12-02T10:00:00Z"))).isEqualTo("Wed 2 Dec 2026, 3:30 PM IST");
    }

    @Test
    void one_day_is_singular() {
        assertThat(Display.days(1)).isEqualTo("1 day");
        assertThat(Display.days(7)).isEqualTo("7 days");
    }
}
