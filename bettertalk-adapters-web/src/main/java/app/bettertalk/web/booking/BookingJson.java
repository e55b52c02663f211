package app.bettertalk.web.booking;

import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.web.api.PriceJson;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of bookings in the API. The payment reference is not echoed back. */
public final class BookingJson {
    private BookingJson() {
    }

    /** A booking with the title, price and chat days the plan had when it was booked. */
    public record BookingView(String id, String planId, String planTitle, String mentorId, String userId,
                              PriceJson price, int chatWindowDays, String status, Instant createdAt,
                              Instant updatedAt) {
        static BookingView of(Booking booking) {
            return new BookingView(booking.id().toString(), booking.plan().toString(), booking.planTitle(),
                    booking.mentor().toString(), booking.user().toString(), PriceJson.of(booking.price()),
                    booking.chatWindowDays(), booking.status().name().toLowerCase(Locale.ROOT), booking.createdAt(),
                    booking.updatedAt());
        }
    }

    public record Bookings(List<BookingView> bookings) {
        static Bookings of(List<Booking> bookings) {
            return new Bookings(bookings.stream().map(BookingView::of).toList());
        }
    }

    /** A confirmed booking and the chat it opened or extended, until {@code endsAt}. */
    public record ConfirmationView(BookingView booking, ChatRef chat) {
        static ConfirmationView of(Confirmation confirmation) {
            var chat = confirmation.chat();
            return new ConfirmationView(BookingView.of(confirmation.booking()),
                    new ChatRef(chat.id().toString(), chat.endsAt()));
        }
    }

    public record ChatRef(String id, Instant endsAt) {
    }

    /** {@code POST /api/v1/bookings}. */
    public record NewBooking(String planId) {
    }

    /** {@code POST /api/v1/bookings/{id}/confirm}: the reference the payment provider gave. */
    public record Payment(String paymentReference) {
    }
}
