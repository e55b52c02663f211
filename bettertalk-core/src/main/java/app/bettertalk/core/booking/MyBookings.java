package app.bettertalk.core.booking;

import java.util.List;

/** A person's bookings, newest first: those they made, and those made with them as a mentor. */
public record MyBookings(List<BookingSummary> made, List<BookingSummary> withMe) {
    public MyBookings {
        made = List.copyOf(made);
        withMe = List.copyOf(withMe);
    }
}
