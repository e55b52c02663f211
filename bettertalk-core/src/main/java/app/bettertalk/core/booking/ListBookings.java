package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UseCase;

import java.util.List;
import java.util.Objects;

/** The actor's bookings, newest first: those they made and, for a mentor, those made with them. */
@UseCase
public final class ListBookings {
    private final Bookings bookings;
    private final AccessPolicy access;

    public ListBookings(Bookings bookings, AccessPolicy access) {
        this.bookings = bookings;
        this.access = access;
    }

    /** Input of {@link ListBookings}: {@code asMentor} lists the bookings made with the actor. */
    public record Query(Actor actor, boolean asMentor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public List<Booking> list(Query query) {
        var actor = query.actor();
        access.requireOnboarded(actor);
        return query.asMentor() ? bookings.ofMentor(actor.id()) : bookings.ofUser(actor.id());
    }
}
