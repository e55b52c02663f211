package app.bettertalk.core.notes;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookingNow;
import app.bettertalk.core.booking.Bookings;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The two participants read a thread's notes; only its mentor sees the revision history. */
@UseCase
public final class ReadNotes {
    static final int HISTORY_LIMIT = 50;

    private final ChatThreads threads;
    private final NotesDocuments notes;
    private final Bookings bookings;
    private final AccessPolicy access;
    private final Clock clock;

    public ReadNotes(ChatThreads threads, NotesDocuments notes, Bookings bookings, AccessPolicy access, Clock clock) {
        this.threads = threads;
        this.notes = notes;
        this.bookings = bookings;
        this.access = access;
        this.clock = clock;
    }

    /** Input of {@link ReadNotes}. */
    public record Query(Actor actor, ChatId chat) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(chat, "chat");
        }
    }

    public NotesView read(Query query) {
        var actor = query.actor();
        var thread = threads.byId(query.chat()).orElseThrow(() -> new DomainException.NotFound("notes"));
        access.requireParticipant(actor, thread, "notes");
        var current = notes.of(thread.id())
                .orElse(SessionNotes.blank(thread.id(), thread.mentor(), thread.createdAt()));
        var now = clock.instant();
        var covered = bookings.ofPair(thread.user(), thread.mentor()).stream()
                .filter(booking -> booking.status().isPaid())
                .map(booking -> new BookingNow(booking, booking.stateAt(thread.window(), now)))
                .toList();
        var mentor = actor.is(thread.mentor());
        var history = mentor ? notes.history(thread.id(), HISTORY_LIMIT) : List.<SessionNotes>of();
        return new NotesView(current, covered, mentor, history);
    }
}
