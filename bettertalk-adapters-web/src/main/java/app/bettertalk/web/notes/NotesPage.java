package app.bettertalk.web.notes;

import app.bettertalk.core.booking.BookingNow;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.notes.NotesView;
import app.bettertalk.core.notes.SessionNotes;
import app.bettertalk.display.IndiaTime;
import app.bettertalk.display.Rupees;
import app.bettertalk.web.booking.BookingWords;

import java.util.List;

/**
 * What the notes page shows, display-ready. For the mentor: the form (its text and the version it edits from) and
 * the revisions; after a refused save, their typed text stays in the form and {@code latestText} holds what is
 * stored. For the user: the text, read-only. For both: the bookings the notes cover.
 *
 * @param saved when the shown version was saved, or that nothing was yet
 */
public record NotesPage(String chatId, boolean editable, String text, int baseVersion, String saved,
                        List<Covered> covered, List<Revision> history, boolean conflict, String latestText,
                        String error) {

    /** A booking of the pair, as the notes page lists it. */
    public record Covered(String id, String planTitle, String price, String days, String bookedAt, String status) {
        static Covered of(BookingNow covered) {
            var booking = covered.booking();
            return new Covered(booking.id().toString(), booking.planTitle(), Rupees.format(booking.price()),
                    BookingWords.chatValidity(booking.chatWindowDays()), IndiaTime.format(booking.createdAt()),
                    covered.state().words());
        }
    }

    /** One saved version of the notes. */
    public record Revision(int version, String text, String savedAt) {
        static Revision of(SessionNotes notes) {
            return new Revision(notes.version(), notes.text(), IndiaTime.format(notes.updatedAt()));
        }
    }

    /** The page as it stands in the store. */
    static NotesPage of(ChatId chat, NotesView view) {
        var current = view.current();
        return new NotesPage(chat.toString(), view.editable(), current.text(), current.version(), saved(current),
                view.coveredBookings().stream().map(Covered::of).toList(),
                view.history().stream().map(Revision::of).toList(), false, "", "");
    }

    /** The mentor's typed text kept after a save was refused, editing from {@code baseVersion}. */
    NotesPage refused(String typed, int base, boolean changedMeanwhile, String message) {
        return new NotesPage(chatId, editable, typed, base, saved, covered, history, changedMeanwhile,
                changedMeanwhile ? text : "", message);
    }

    private static String saved(SessionNotes notes) {
        return notes.version() == 0 ? "Not written yet." : "Last saved " + IndiaTime.format(notes.updatedAt()) + ".";
    }
}
