package app.bettertalk.core.notes;

import app.bettertalk.core.booking.BookingNow;

import java.util.List;

/**
 * Notes as one participant sees them: the current text, the bookings of the pair it covers (each with where it stands
 * by the clock), and for the mentor who writes them, the earlier revisions ({@code history} is empty for the user).
 */
public record NotesView(SessionNotes current, List<BookingNow> coveredBookings, boolean editable,
                        List<SessionNotes> history) {
    public NotesView {
        coveredBookings = List.copyOf(coveredBookings);
        history = List.copyOf(history);
    }
}
