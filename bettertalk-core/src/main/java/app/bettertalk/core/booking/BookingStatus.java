package app.bettertalk.core.booking;

import java.util.Set;

/** Where a booking is in its life; {@link #canMoveTo} is the whole state machine. */
public enum BookingStatus {
    PENDING, CONFIRMED, CANCELLED, EXPIRED;

    public boolean canMoveTo(BookingStatus next) {
        return switch (this) {
            case PENDING -> Set.of(CONFIRMED, CANCELLED).contains(next);
            case CONFIRMED -> next == EXPIRED;
            case CANCELLED, EXPIRED -> false;
        };
    }
}
