package app.bettertalk.core.booking;

import app.bettertalk.core.chat.ChatWindow;
import app.bettertalk.core.chat.SessionState;
import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class BookingTest {
    private static final Instant BOOKED_AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant LATER = BOOKED_AT.plus(Duration.ofMinutes(5));

    private final Booking pending = Booking.pending(BookingId.random(), UserId.random(), UserId.random(),
            PlanId.random(), "Support - 7 days chat", Paise.ofRupees(499), 7, CancellationRule.DEFAULT, BOOKED_AT);

    @Test
    void a_new_booking_is_pending_without_a_payment_reference() {
        var booking = pending;

        assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(booking.paymentReference()).isEmpty();
        assertThat(booking.createdAt()).isEqualTo(BOOKED_AT);
        assertThat(booking.updatedAt()).isEqualTo(BOOKED_AT);
    }

    @Test
    void confirming_a_pending_booking_records_the_payment_and_keeps_what_was_bought() {
        var confirmed = pending.confirm("pay_1", LATER);

        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmed.paymentReference()).isEqualTo("pay_1");
        assertThat(confirmed.updatedAt()).isEqualTo(LATER);
        assertThat(confirmed.createdAt()).isEqualTo(BOOKED_AT);
        assertThat(confirmed).usingRecursiveComparison()
                .ignoringFields("status", "paymentReference", "updatedAt").isEqualTo(pending);
    }

    @Test
    void cancelling_a_pending_booking_leaves_it_without_a_payment_reference() {
        var cancelled = pending.cancel(LATER);

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.paymentReference()).isEmpty();
        assertThat(cancelled.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void expiring_a_confirmed_booking_keeps_its_payment_reference() {
        var confirmed = pending.confirm("pay_1", LATER);

        var expired = confirmed.expire(LATER.plus(Duration.ofDays(7)));

        assertThat(expired.status()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(expired.paymentReference()).isEqualTo("pay_1");
        assertThat(expired.updatedAt()).isEqualTo(LATER.plus(Duration.ofDays(7)));
    }

    @Test
    void a_pending_booking_cannot_expire() {
        var attempt = catchThrowable(() -> pending.expire(LATER));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("booking_pending"));
    }

    @Test
    void a_confirmed_booking_cannot_be_cancelled() {
        var confirmed = pending.confirm("pay_1", LATER);

        var attempt = catchThrowable(() -> confirmed.cancel(LATER));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("booking_confirmed"));
    }

    @Test
    void a_confirmed_booking_cannot_be_confirmed_again_with_another_payment() {
        var confirmed = pending.confirm("pay_1", LATER);

        var attempt = catchThrowable(() -> confirmed.confirm("pay_2", LATER));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("booking_confirmed"));
    }

    @Test
    void a_cancelled_booking_cannot_be_confirmed() {
        var cancelled = pending.cancel(LATER);

        var attempt = catchThrowable(() -> cancelled.confirm("pay_1", LATER));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("booking_cancelled"));
    }

    @Test
    void an_expired_booking_cannot_be_confirmed_cancelled_or_expired_again() {
        var expired = pending.confirm("pay_1", LATER).expire(LATER);

        assertThatThrownBy(() -> expired.confirm("pay_2", LATER)).isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> expired.cancel(LATER)).isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> expired.expire(LATER)).isInstanceOf(DomainException.Conflict.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "pay 1", "pay/1", "pay_1\n", "₹499"})
    void a_payment_reference_of_the_wrong_shape_is_refused(String reference) {
        var attempt = catchThrowable(() -> pending.confirm(reference, LATER));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("paymentReference"));
    }

    @Test
    void a_payment_reference_is_at_most_100_characters() {
        var longest = "p".repeat(100);

        assertThat(Booking.checkedPaymentReference(longest)).isEqualTo(longest);
        assertThatThrownBy(() -> Booking.checkedPaymentReference(longest + "p"))
                .isInstanceOf(DomainException.Validation.class);
        assertThatThrownBy(() -> Booking.checkedPaymentReference(null))
                .isInstanceOf(DomainException.Validation.class);
    }

    @Test
    void a_payment_reference_may_hold_the_characters_providers_use() {
        var reference = "pay_Nx.12:AB-3";

        var confirmed = pending.confirm(reference, LATER);

        assertThat(confirmed.paymentReference()).isEqualTo(reference);
    }

    @Test
    void a_booking_is_confirmed_or_expired_exactly_when_it_has_a_payment_reference() {
        assertThatThrownBy(() -> new Booking(BookingId.random(), UserId.random(), UserId.random(), PlanId.random(),
                "t", Paise.ofRupees(1), 1, CancellationRule.DEFAULT, BookingStatus.CONFIRMED, "", BOOKED_AT, BOOKED_AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Booking(BookingId.random(), UserId.random(), UserId.random(), PlanId.random(),
                "t", Paise.ofRupees(1), 1, CancellationRule.DEFAULT, BookingStatus.PENDING, "pay_1", BOOKED_AT, BOOKED_AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_booking_buys_at_least_one_chat_day() {
        var attempt = catchThrowable(() -> Booking.pending(BookingId.random(), UserId.random(), UserId.random(),
                PlanId.random(), "t", Paise.ofRupees(1), 0, CancellationRule.DEFAULT, BOOKED_AT));

        assertThat(attempt).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_pending_booking_awaits_payment() {
        assertThat(pending.stateAt(ChatWindow.unopened(BOOKED_AT), LATER)).isEqualTo(SessionState.AWAITING_PAYMENT);
    }

    @Test
    void a_confirmed_booking_is_active_while_the_pairs_window_is_open() {
        var confirmed = pending.confirm("pay_1", LATER);
        var window = new ChatWindow(LATER, LATER.plus(Duration.ofDays(7)));

        assertThat(confirmed.stateAt(window, LATER.plus(Duration.ofDays(7)).minusNanos(1000)))
                .isEqualTo(SessionState.ACTIVE);
    }

    @Test
    void a_confirmed_booking_has_ended_the_moment_the_pairs_window_ends_before_any_sweep() {
        var confirmed = pending.confirm("pay_1", LATER);
        var window = new ChatWindow(LATER, LATER.plus(Duration.ofDays(7)));

        assertThat(confirmed.stateAt(window, window.endsAt())).isEqualTo(SessionState.ENDED);
    }

    @Test
    void an_expired_booking_has_ended_even_if_a_rebooking_reopened_the_pairs_window() {
        var expired = pending.confirm("pay_1", LATER).expire(LATER.plus(Duration.ofDays(7)));
        var reopened = new ChatWindow(LATER.plus(Duration.ofDays(8)), LATER.plus(Duration.ofDays(15)));

        assertThat(expired.stateAt(reopened, LATER.plus(Duration.ofDays(9)))).isEqualTo(SessionState.ENDED);
    }

    @Test
    void a_cancelled_booking_is_cancelled_whatever_the_window() {
        var cancelled = pending.cancel(LATER);
        var open = new ChatWindow(LATER, LATER.plus(Duration.ofDays(7)));

        assertThat(cancelled.stateAt(open, LATER)).isEqualTo(SessionState.CANCELLED);
    }

    @Test
    void a_new_booking_without_a_chat_awaits_payment() {
        assertThat(pending.stateWithoutChat()).isEqualTo(SessionState.AWAITING_PAYMENT);
    }
}
