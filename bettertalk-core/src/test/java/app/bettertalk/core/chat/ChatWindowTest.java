package app.bettertalk.core.chat;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ChatWindowTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void a_window_never_paid_for_ends_as_it_starts_and_accepts_nothing() {
        var window = ChatWindow.unopened(T0);

        assertThat(window.startsAt()).isEqualTo(T0);
        assertThat(window.endsAt()).isEqualTo(T0);
        assertThat(window.isOpenAt(T0)).isFalse();
    }

    @Test
    void the_first_paid_days_count_from_now() {
        var now = T0.plus(Duration.ofMinutes(5));

        var window = ChatWindow.unopened(T0).extendedBy(7, now);

        assertThat(window).isEqualTo(new ChatWindow(now, now.plus(Duration.ofDays(7))));
    }

    @Test
    void days_added_while_the_window_is_open_count_from_its_end() {
        var open = new ChatWindow(T0, T0.plus(Duration.ofDays(7)));

        var extended = open.extendedBy(3, T0.plus(Duration.ofDays(5)));

        assertThat(extended).isEqualTo(new ChatWindow(T0, T0.plus(Duration.ofDays(10))));
    }

    @Test
    void days_added_one_nanosecond_before_the_end_still_count_from_the_end() {
        var open = new ChatWindow(T0, T0.plus(Duration.ofDays(7)));

        var extended = open.extendedBy(1, open.endsAt().minusNanos(1));

        assertThat(extended.endsAt()).isEqualTo(T0.plus(Duration.ofDays(8)));
    }

    @Test
    void days_added_after_the_window_ended_start_a_new_period_from_now() {
        var ended = new ChatWindow(T0, T0.plus(Duration.ofDays(7)));
        var now = T0.plus(Duration.ofDays(20));

        var renewed = ended.extendedBy(3, now);

        assertThat(renewed).isEqualTo(new ChatWindow(now, now.plus(Duration.ofDays(3))));
    }

    @Test
    void days_added_at_the_instant_the_window_ends_lose_nothing() {
        var ending = new ChatWindow(T0, T0.plus(Duration.ofDays(7)));

        var renewed = ending.extendedBy(2, ending.endsAt());

        assertThat(renewed.endsAt()).isEqualTo(T0.plus(Duration.ofDays(9)));
    }

    @Test
    void a_window_is_extended_by_at_least_one_day() {
        var attempt = catchThrowable(() -> ChatWindow.unopened(T0).extendedBy(0, T0));

        assertThat(attempt).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_window_is_open_before_its_end_and_not_at_or_after_it() {
        var window = new ChatWindow(T0, T0.plus(Duration.ofDays(1)));

        assertThat(window.isOpenAt(T0)).isTrue();
        assertThat(window.isOpenAt(window.endsAt().minusNanos(1))).isTrue();
        assertThat(window.isOpenAt(window.endsAt())).isFalse();
        assertThat(window.isOpenAt(window.endsAt().plusNanos(1))).isFalse();
    }

    @Test
    void what_remains_is_the_time_until_the_end() {
        var window = new ChatWindow(T0, T0.plus(Duration.ofDays(1)));

        var remaining = window.remainingAt(T0.plus(Duration.ofHours(5)));

        assertThat(remaining).isEqualTo(Duration.ofHours(19));
    }

    @Test
    void nothing_remains_once_the_window_has_ended() {
        var window = new ChatWindow(T0, T0.plus(Duration.ofDays(1)));

        assertThat(window.remainingAt(window.endsAt())).isZero();
        assertThat(window.remainingAt(window.endsAt().plus(Duration.ofDays(3)))).isZero();
    }

    @Test
    void a_window_cannot_end_before_it_starts() {
        var attempt = catchThrowable(() -> new ChatWindow(T0, T0.minusNanos(1)));

        assertThat(attempt).isInstanceOf(IllegalArgumentException.class);
    }
}
