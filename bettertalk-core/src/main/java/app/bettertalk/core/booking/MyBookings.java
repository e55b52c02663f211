package app.bettertalk.core.booking;

import java.util.List;

/**
 * A person's bookings, newest first: those they made, and those made with them as a mentor. {@code mentors}: the
 * person is a mentor or has been booked as one, so the second list is theirs to see, empty or not.
 */
public record MyBookings(List<BookingSummary> made, List<BookingSummary> withMe, boolean mentors) {
    public MyBookings {
        made = List.copyOf(made);
        withMe = List.copyOf(withMe);
    }
}
