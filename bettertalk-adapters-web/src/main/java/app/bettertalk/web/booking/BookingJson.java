package app.bettertalk.web.booking;

import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookingNow;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.booking.RefundBooking;
import app.bettertalk.core.chat.SessionState;
import app.bettertalk.web.api.PriceJson;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of bookings in the API. The payment reference is not echoed back. */
public final class BookingJson {
    private BookingJson() {
    }

    /**
     * A booking with the title, price, chat days and cancellation rule the plan had when it was booked. {@code status}
     * is as stored (the sweep moves {@code confirmed} to {@code expired} some time after the window ends); {@code
     * state} is where it stands by the clock, {@code ended} from the window's end on.
     */
    public record BookingView(String id, String planId, String planTitle, String mentorId, String userId,
                              PriceJson price, int chatWindowDays, String cancellationRule, String status,
                              String state, Instant createdAt, Instant updatedAt) {
        static BookingView of(Booking booking, SessionState state) {
            return new BookingView(booking.id().toString(), booking.plan().toString(), booking.planTitle(),
                    booking.mentor().toString(), booking.user().toString(), PriceJson.of(booking.price()),
                    booking.chatWindowDays(), booking.cancellationRule().code(),
                    booking.status().name().toLowerCase(Locale.ROOT), state.code(), booking.createdAt(),
                    booking.updatedAt());
        }

        static BookingView of(BookingNow booking) {
            return of(booking.booking(), booking.state());
        }

        /** A booking just made: no chat of its own yet. */
        static BookingView ofNew(Booking booking) {
            return of(booking, booking.stateWithoutChat());
        }
    }

    public record Bookings(List<BookingView> bookings) {
        static Bookings of(List<BookingNow> bookings) {
            return new Bookings(bookings.stream().map(BookingView::of).toList());
        }
    }

    /** A confirmed booking and the chat it opened or extended, until {@code endsAt}. */
    public record ConfirmationView(BookingView booking, ChatRef chat) {
        static ConfirmationView of(Confirmation confirmation) {
            var chat = confirmation.chat();
            return new ConfirmationView(BookingView.of(confirmation.booking(), confirmation.state()),
                    new ChatRef(chat.id().toString(), chat.endsAt()));
        }
    }

    public record ChatRef(String id, Instant endsAt) {
    }

    /**
     * A booking called off for a refund, and its refund: {@code state} {@code requested} (owed, Razorpay not yet
     * reached; asked again shortly), {@code pending} (on its way), {@code processed} or {@code failed}.
     */
    public record RefundedView(BookingView booking, RefundView refund) {
        static RefundedView of(RefundBooking.Refunded refunded) {
            var refund = refunded.refund();
            return new RefundedView(BookingView.of(refunded.booking(), refunded.booking().stateWithoutChat()),
                    new RefundView(PriceJson.of(refund.amount()), refund.state().name().toLowerCase(Locale.ROOT),
                            refund.reason().name().toLowerCase(Locale.ROOT), refund.createdAt(), refund.updatedAt()));
        }
    }

    public record RefundView(PriceJson amount, String state, String reason, Instant requestedAt, Instant updatedAt) {
    }

    /** {@code POST /api/v1/bookings}. */
    public record NewBooking(String planId) {
    }

    /** {@code POST /api/v1/bookings/{id}/confirm}: the reference the payment provider gave. */
    public record Payment(String paymentReference) {
    }
}
