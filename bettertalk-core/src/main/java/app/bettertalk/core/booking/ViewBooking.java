package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;

/** Shows one booking (the summary before payment, the receipt after) to its user, its mentor or an admin. */
@UseCase
public final class ViewBooking {
    private final Bookings bookings;
    private final AccessPolicy access;

    public ViewBooking(Bookings bookings, AccessPolicy access) {
        this.bookings = bookings;
        this.access = access;
    }

    /** Input of {@link ViewBooking}. */
    public record Query(Actor actor, BookingId booking) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(booking, "booking");
        }
    }

    public Booking view(Query query) {
        var booking = bookings.byId(query.booking()).orElseThrow(() -> new DomainException.NotFound("booking"));
        access.requireBookingReader(query.actor(), booking);
        return booking;
    }
}
