package app.bettertalk.core.booking;

import app.bettertalk.core.access.Participants;
import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every booking. A payment reference confirms at most one booking, which the store enforces (a unique key). */
@Port
public interface Bookings {
    Optional<Booking> byId(BookingId id);

    /** The booking, locked against other units of work until this one ends. */
    Optional<Booking> lockById(BookingId id);

    Optional<Booking> byPaymentReference(String paymentReference);

    /** A user's bookings, newest first. */
    List<Booking> ofUser(UserId user);

    /** A mentor's bookings, newest first. */
    List<Booking> ofMentor(UserId mentor);

    /** The bookings between one user and one mentor, oldest first. */
    List<Booking> ofPair(UserId user, UserId mentor);

    void add(Booking booking);

    /** PENDING bookings made before {@code before}, oldest first: those left unpaid past the time to pay. */
    List<Booking> pendingCreatedBefore(Instant before, int limit);

    /**
     * The CONFIRMED bookings between any of the given pairs, in the order they were made: what
     * {@link #expireConfirmedOf} would expire, read first by the sweep to invite their members to review.
     */
    List<Booking> confirmedOf(Collection<? extends Participants> pairs);

    /**
     * Moves every CONFIRMED booking between any of the given pairs to EXPIRED at {@code at}, in bulk, as the sweep
     * does for ended chats and a confirmation does when it reopens one; returns how many moved. A store may do it
     * without {@link Booking#expire}, for speed, but must move exactly the bookings whose status
     * {@link BookingStatus#canMoveTo} EXPIRED.
     */
    int expireConfirmedOf(Collection<? extends Participants> pairs, Instant at);

    /** Replaces a stored booking; {@code Conflict("payment_reference_used")} if another holds its reference. */
    void update(Booking booking);
}
