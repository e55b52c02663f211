package app.bettertalk.core.booking;

import java.util.Set;

/**
 * Where a booking is in its life; {@link #canMoveTo} is the whole state machine. {@code REFUNDED}: paid, then called
 * off with its money owed back (the refund's own progress is the ledger's {@link Refund}).
 */
public enum BookingStatus {
    PENDING, CONFIRMED, CANCELLED, EXPIRED, REFUNDED;

    /**
     * The whole state machine. {@link Bookings#expireConfirmedOf} (the sweep's bulk SQL in the MySQL adapter) makes
     * the CONFIRMED → EXPIRED move without {@link Booking#expire}, for speed, so it restates this rule: a change here
     * must change that SQL too, and {@code BookingsContract}'s expiry check fails on every database target until it
     * does.
     */
    public boolean canMoveTo(BookingStatus next) {
        return switch (this) {
            case PENDING -> Set.of(CONFIRMED, CANCELLED).contains(next);
            case CONFIRMED -> Set.of(EXPIRED, REFUNDED).contains(next);
            case EXPIRED -> next == REFUNDED;
            case CANCELLED, REFUNDED -> false;
        };
    }

    /**
     * Paid for: confirmed, or expired after being confirmed. A paid booking carries its payment reference, leads to
     * the pair's chat and is covered by the pair's notes; a pending or cancelled one never opened the chat, and a
     * refunded one gave its days back.
     */
    public boolean isPaid() {
        return switch (this) {
            case CONFIRMED, EXPIRED -> true;
            case PENDING, CANCELLED, REFUNDED -> false;
        };
    }

    /** Was paid at some point, so it carries the reference of the payment that paid it: paid now, or refunded. */
    public boolean carriesPayment() {
        return isPaid() || this == REFUNDED;
    }
}
