package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The actor's bookings, newest first: those they made and, for a mentor, those made with them; each with where it
 * stands by the clock.
 */
@UseCase
public final class ListBookings {
    private final Bookings bookings;
    private final ChatThreads threads;
    private final AccessPolicy access;
    private final Clock clock;

    public ListBookings(Bookings bookings, ChatThreads threads, AccessPolicy access, Clock clock) {
        this.bookings = bookings;
        this.threads = threads;
        this.access = access;
        this.clock = clock;
    }

    /** Input of {@link ListBookings}: {@code asMentor} lists the bookings made with the actor. */
    public record Query(Actor actor, boolean asMentor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public List<BookingNow> list(Query query) {
        var actor = query.actor();
        access.requireOnboarded(actor);
        var listed = query.asMentor() ? bookings.ofMentor(actor.id()) : bookings.ofUser(actor.id());
        var chats = PairChats.of(threads.ofParticipant(actor.id()));
        var now = clock.instant();
        return listed.stream().map(booking -> chats.now(booking, now)).toList();
    }
}
