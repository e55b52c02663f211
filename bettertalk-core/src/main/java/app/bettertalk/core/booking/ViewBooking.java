package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * Shows one booking (the summary before payment, the receipt after) to its user, its mentor or an admin, with where
 * it stands by the clock.
 */
@UseCase
public final class ViewBooking {
    private final Bookings bookings;
    private final ChatThreads threads;
    private final AccessPolicy access;
    private final Clock clock;

    public ViewBooking(Bookings bookings, ChatThreads threads, AccessPolicy access, Clock clock) {
        this.bookings = bookings;
        this.threads = threads;
        this.access = access;
        this.clock = clock;
    }

    /** Input of {@link ViewBooking}. */
    public record Query(Actor actor, BookingId booking) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(booking, "booking");
        }
    }

    public BookingNow view(Query query) {
        var booking = bookings.byId(query.booking()).orElseThrow(() -> new DomainException.NotFound("booking"));
        access.requireBookingReader(query.actor(), booking);
        var chat = threads.ofPair(booking.user(), booking.mentor()).stream().toList();
        return PairChats.of(chat).now(booking, clock.instant());
    }
}
