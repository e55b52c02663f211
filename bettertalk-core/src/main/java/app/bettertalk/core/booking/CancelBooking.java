package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/** The user who booked abandons a booking they have not paid for. A paid booking is never cancelled here. */
@UseCase
public final class CancelBooking {
    private final Bookings bookings;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CancelBooking(Bookings bookings, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.bookings = bookings;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link CancelBooking}. */
    public record Command(Actor actor, BookingId booking) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(booking, "booking");
        }
    }

    /** The cancelled booking; cancelling a cancelled booking again returns it unchanged. */
    public Booking cancel(Command command) {
        return unitOfWork.inTransaction(() -> {
            var booking = bookings.lockById(command.booking())
                    .orElseThrow(() -> new DomainException.NotFound("booking"));
            access.requireBookingPayer(command.actor(), booking);
            if (booking.status() == BookingStatus.CANCELLED) {
                return booking;
            }
            var cancelled = booking.cancel(clock.instant());
            bookings.update(cancelled);
            return cancelled;
        });
    }
}
