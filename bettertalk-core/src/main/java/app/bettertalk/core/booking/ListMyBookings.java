package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.chat.Counterpart;
import app.bettertalk.core.chat.SessionState;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The actor's bookings with names, for their profile: what they booked and what was booked with them, each with the
 * other person's public name, where it stands by the clock and, for a paid booking, its chat.
 */
@UseCase
public final class ListMyBookings {
    private final Bookings bookings;
    private final ChatThreads threads;
    private final Users users;
    private final Mentors mentors;
    private final AccessPolicy access;
    private final Clock clock;

    public ListMyBookings(Bookings bookings, ChatThreads threads, Users users, Mentors mentors, AccessPolicy access,
                          Clock clock) {
        this.bookings = bookings;
        this.threads = threads;
        this.users = users;
        this.mentors = mentors;
        this.access = access;
        this.clock = clock;
    }

    /** Input of {@link ListMyBookings}. */
    public record Query(Actor actor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public MyBookings list(Query query) {
        var actor = query.actor();
        access.requireOnboarded(actor);
        var made = bookings.ofUser(actor.id());
        var withMe = bookings.ofMentor(actor.id());
        var others = new HashSet<UserId>();
        Stream.concat(made.stream(), withMe.stream()).forEach(booking -> others.add(booking.counterpartOf(actor.id())));
        var names = users.byIds(others).stream().collect(Collectors.toMap(User::id, User::publicName));
        var verified = mentors.byIds(others).stream().filter(Mentor::verified).map(Mentor::id)
                .collect(Collectors.toSet());
        var chats = PairChats.of(threads.ofParticipant(actor.id()));
        var now = clock.instant();
        Function<Booking, BookingSummary> summary = booking -> {
            var other = booking.counterpartOf(actor.id());
            var counterpart = new Counterpart(other, names.getOrDefault(other, ""),
                    other.equals(booking.mentor()) && verified.contains(other));
            var state = chats.stateOf(booking, now);
            return new BookingSummary(booking, counterpart, chatOf(booking, chats), state,
                    access.mayReview(actor, booking, booking.status().isPaid(), state == SessionState.ENDED));
        };
        return new MyBookings(made.stream().map(summary).toList(), withMe.stream().map(summary).toList(),
                actor.role() == Role.MENTOR || !withMe.isEmpty());
    }

    /** Only a paid booking leads to the chat; a pending or cancelled one never opened it. */
    private static Optional<ChatId> chatOf(Booking booking, PairChats chats) {
        return booking.status().isPaid() ? chats.of(booking).map(ChatThread::id) : Optional.empty();
    }
}
