package app.bettertalk.core.chat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CountdownTest {

    @Test
    void no_time_left_reads_as_expired() {
        var countdown = Countdown.of(Duration.ZERO);

        assertThat(countdown.expired()).isTrue();
        assertThat(countdown.text()).isEqualTo("Chat expired. Rebook a session to continue.");
    }

    @Test
    void negative_time_left_reads_as_expired() {
        var countdown = Countdown.of(Duration.ofDays(-2));

        assertThat(countdown).isEqualTo(new Countdown(0, 0, 0, true));
        assertThat(countdown.text()).isEqualTo(Countdown.EXPIRED_TEXT);
    }

    @Test
    void one_nanosecond_left_is_less_than_a_minute_not_expired() {
        var countdown = Countdown.of(Duration.ofNanos(1));

        assertThat(countdown.expired()).isFalse();
        assertThat(countdown.text()).isEqualTo("Free chat available for less than a minute");
    }

    @Test
    void fifty_nine_seconds_left_is_less_than_a_minute() {
        var text = Countdown.of(Duration.ofSeconds(59).plusMillis(999)).text();

        assertThat(text).isEqualTo("Free chat available for less than a minute");
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "PT1M             | Free chat available for next 1 minute",
            "PT2M             | Free chat available for next 2 minutes",
            "PT45M            | Free chat available for next 45 minutes",
            "PT1H             | Free chat available for next 1 hour",
            "PT1H1M           | Free chat available for next 1 hour 1 minute",
            "PT2H             | Free chat available for next 2 hours",
            "PT5H30M          | Free chat available for next 5 hours 30 minutes",
            "P1D              | Free chat available for next 1 day",
            "P2D              | Free chat available for next 2 days",
            "P1DT3H           | Free chat available for next 1 day 3 hours",
            "P2DT1M           | Free chat available for next 2 days 1 minute",
            "P1DT1H1M         | Free chat available for next 1 day 1 hour 1 minute",
            "P2DT2H2M         | Free chat available for next 2 days 2 hours 2 minutes",
            "P90D             | Free chat available for next 90 days",
    })
    void the_non_zero_units_are_named_largest_first_singular_for_one(Duration remaining, String expected) {
        var text = Countdown.of(remaining).text();

        assertThat(text).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "PT1M59.999S      | Free chat available for next 1 minute",
            "PT1H59M59S       | Free chat available for next 1 hour 59 minutes",
            "PT23H59M59.999S  | Free chat available for next 23 hours 59 minutes",
            "P6DT23H59M59S    | Free chat available for next 6 days 23 hours 59 minutes",
            "P1DT0.5S         | Free chat available for next 1 day",
    })
    void time_left_is_rounded_down_never_promising_what_is_not_there(Duration remaining, String expected) {
        var text = Countdown.of(remaining).text();

        assertThat(text).isEqualTo(expected);
    }

    @Test
    void the_units_are_whole_days_hours_and_minutes() {
        var countdown = Countdown.of(Duration.ofDays(3).plusHours(4).plusMinutes(5).plusSeconds(6));

        assertThat(countdown).isEqualTo(new Countdown(3, 4, 5, false));
    }
}
