package app.bettertalk.core.notification;

import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class QuietPeriodTest {
    private static final Instant PREVIOUS = Instant.parse("2026-11-25T10:00:00Z");
    private final QuietPeriod quiet = QuietPeriod.DEFAULT;

    @Test
    void the_default_quiet_period_is_twelve_hours() {
        assertThat(QuietPeriod.DEFAULT.length()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void a_message_before_twelve_hours_does_not_break_the_quiet() {
        var broken = quiet.isBrokenBy(PREVIOUS, PREVIOUS.plus(Duration.ofHours(12)).minusNanos(1));

        assertThat(broken).isFalse();
    }

    @Test
    void a_message_exactly_twelve_hours_later_breaks_the_quiet() {
        var broken = quiet.isBrokenBy(PREVIOUS, PREVIOUS.plus(Duration.ofHours(12)));

        assertThat(broken).isTrue();
    }

    @Test
    void a_message_days_later_breaks_the_quiet() {
        var broken = quiet.isBrokenBy(PREVIOUS, PREVIOUS.plus(Duration.ofDays(3)));

        assertThat(broken).isTrue();
    }

    @Test
    void a_message_at_the_same_instant_does_not_break_the_quiet() {
        var broken = quiet.isBrokenBy(PREVIOUS, PREVIOUS);

        assertThat(broken).isFalse();
    }

    @Test
    void a_shorter_quiet_period_is_broken_sooner() {
        var hour = new QuietPeriod(Duration.ofHours(1));

        assertThat(hour.isBrokenBy(PREVIOUS, PREVIOUS.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(hour.isBrokenBy(PREVIOUS, PREVIOUS.plus(Duration.ofMinutes(60)))).isTrue();
    }

    @Test
    void a_quiet_period_is_a_positive_duration() {
        assertThat(catchThrowable(() -> new QuietPeriod(Duration.ZERO)))
                .isInstanceOfSatisfying(DomainException.Validation.class,
                        validation -> assertThat(validation.field()).isEqualTo("quietPeriod"));
        assertThat(catchThrowable(() -> new QuietPeriod(Duration.ofHours(-1))))
                .isInstanceOf(DomainException.Validation.class);
        assertThat(catchThrowable(() -> new QuietPeriod(null)))
                .isInstanceOf(DomainException.Validation.class);
    }
}
