package app.bettertalk.core.booking;

import java.util.Set;

/** Where a booking is in its life; {@link #canMoveTo} is the whole state machine. */
public enum BookingStatus {
    PENDING, CONFIRMED, CANCELLED, EXPIRED;

    /**
     * The whole state machine. {@link Bookings#expireConfirmedOf} (the sweep's bulk SQL in the MySQL adapter) makes
     * the CONFIRMED → EXPIRED move without {@link Booking#expire}, for speed, so it restates this rule: a change here
     * must change that SQL too, and {@code BookingsContract}'s expiry check fails on every database target until it
     * does.
     */
    public boolean canMoveTo(BookingStatus next) {
        return switch (this) {
            case PENDING -> Set.of(CONFIRMED, CANCELLED).contains(next);
            case CONFIRMED -> next == EXPIRED;
            case CANCELLED, EXPIRED -> false;
        };
    }

    /**
     * Paid for: confirmed, or expired after being confirmed. A paid booking carries its payment reference, leads to
     * the pair's chat and is covered by the pair's notes; a pending or cancelled one never opened the chat.
     */
    public boolean isPaid() {
        return switch (this) {
            case CONFIRMED, EXPIRED -> true;
            case PENDING, CANCELLED -> false;
        };
    }
}
