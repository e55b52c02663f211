package app.bettertalk.core.booking;

import app.bettertalk.core.chat.ChatWindow;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a booking's chat has ended, by the clock: what the review rules ask before the sweep has run. */
class BookingChatEndTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final ChatWindow WEEK = new ChatWindow(T0, T0.plus(Duration.ofDays(7)));

    private final Booking pending = Booking.pending(BookingId.random(), UserId.random(), UserId.random(),
            PlanId.random(), "Support - 7 days chat", Paise.ofRupees(499), 7, T0);
    private final Booking confirmed = pending.confirm("pay_1", T0);

    @Test
    void a_confirmed_booking_s_chat_ends_when_the_pair_s_window_does() {
        assertThat(confirmed.chatEndedAt(WEEK, WEEK.endsAt().minusNanos(1))).isFalse();
        assertThat(confirmed.chatEndedAt(WEEK, WEEK.endsAt())).isTrue();
    }

    @Test
    void an_expired_booking_s_chat_has_ended_even_while_a_later_window_is_open() {
        var expired = confirmed.expire(WEEK.endsAt());
        var reopened = new ChatWindow(WEEK.endsAt(), WEEK.endsAt().plus(Duration.ofDays(7)));

        assertThat(expired.chatEndedAt(reopened, WEEK.endsAt().plusSeconds(1))).isTrue();
    }

    @Test
    void an_unpaid_booking_bought_no_chat_so_none_of_it_ends() {
        var cancelled = pending.cancel(T0);

        assertThat(pending.chatEndedAt(WEEK, T0.plus(Duration.ofDays(30)))).isFalse();
        assertThat(cancelled.chatEndedAt(WEEK, T0.plus(Duration.ofDays(30)))).isFalse();
    }
}
