package app.bettertalk.display;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class IndiaTimeTest {

    @Test
    void a_page_shows_the_time_in_india() {
        assertThat(IndiaTime.format(Instant.parse("2026-11-25T10:00:00Z"))).isEqualTo("25 Nov 2026, 3:30 PM");
    }

    @Test
    void an_email_shows_the_time_in_india_with_its_weekday_and_zone() {
        assertThat(IndiaTime.formatWithDayAndZone(Instant.parse("2026-12-02T10:00:00Z")))
                .isEqualTo("Wed 2 Dec 2026, 3:30 PM IST");
    }

    @Test
    void a_time_late_in_the_utc_evening_is_already_the_next_day_in_india() {
        var lateEvening = Instant.parse("2026-12-09T18:45:00Z");

        assertThat(IndiaTime.format(lateEvening)).isEqualTo("10 Dec 2026, 12:15 AM");
        assertThat(IndiaTime.formatWithDayAndZone(lateEvening)).isEqualTo("Thu 10 Dec 2026, 12:15 AM IST");
    }
}
