package app.bettertalk.web.notes;

import app.bettertalk.core.booking.BookingNow;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.notes.NotesView;
import app.bettertalk.core.notes.ReadNotes;
import app.bettertalk.core.notes.SessionNotes;
import app.bettertalk.core.notes.WriteNotes;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.Json;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The notes API: read them (both participants), and write them from a known version (the mentor). */
final class NotesApiHandlers {
    private final ReadNotes readNotes;
    private final WriteNotes writeNotes;

    NotesApiHandlers(ReadNotes readNotes, WriteNotes writeNotes) {
        this.readNotes = readNotes;
        this.writeNotes = writeNotes;
    }

    /** One version of the notes; {@code version} 0 means never written. */
    public record NotesJson(String chatId, String text, int version, Instant updatedAt) {
        static NotesJson of(SessionNotes notes) {
            return new NotesJson(notes.chat().toString(), notes.text(), notes.version(), notes.updatedAt());
        }
    }

    /**
     * A booking the notes cover; {@code price} in paise; {@code status} as stored, {@code state} where it stands by
     * the clock ({@code ended} as soon as the window has, before the sweep marks it {@code expired}).
     */
    public record CoveredJson(String id, String planTitle, long price, int chatWindowDays, String status,
                              String state, Instant bookedAt) {
        static CoveredJson of(BookingNow covered) {
            var booking = covered.booking();
            return new CoveredJson(booking.id().toString(), booking.planTitle(), booking.price().value(),
                    booking.chatWindowDays(), booking.status().name().toLowerCase(Locale.ROOT),
                    covered.state().code(), booking.createdAt());
        }
    }

    /** The notes as one participant reads them; {@code history} is the mentor's only. */
    public record NotesViewJson(String chatId, String text, int version, Instant updatedAt, boolean editable,
                                List<CoveredJson> coveredBookings, List<NotesJson> history) {
        static NotesViewJson of(NotesView view) {
            var current = view.current();
            return new NotesViewJson(current.chat().toString(), current.text(), current.version(),
                    current.updatedAt(), view.editable(),
                    view.coveredBookings().stream().map(CoveredJson::of).toList(),
                    view.history().stream().map(NotesJson::of).toList());
        }
    }

    /** The body of a save: the whole new text and the version it was edited from. */
    public record WriteBody(String text, Integer baseVersion) {
    }

    public void read(Context ctx) {
        var chat = Requests.id(ctx, "id", ChatId::parse);
        ctx.json(NotesViewJson.of(readNotes.read(new ReadNotes.Query(Requests.actor(ctx), chat))));
    }

    public void write(Context ctx) {
        var chat = Requests.id(ctx, "id", ChatId::parse);
        var body = Json.body(ctx, WriteBody.class);
        if (body.text() == null) {
            throw new DomainException.Validation("text", "is required: the whole text of the notes, maybe empty");
        }
        if (body.baseVersion() == null) {
            throw new DomainException.Validation("baseVersion", "is required: the version you edited from");
        }
        var saved = writeNotes.write(new WriteNotes.Command(Requests.actor(ctx), chat, body.text(),
                body.baseVersion()));
        ctx.json(NotesJson.of(saved));
    }
}
