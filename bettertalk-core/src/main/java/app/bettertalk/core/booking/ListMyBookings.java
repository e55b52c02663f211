package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.chat.Counterpart;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The actor's bookings with names, for their profile: what they booked and what was booked with them, each with the
 * other person's public name and, for a paid booking, its chat.
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
        var chats = threads.ofParticipant(actor.id()).stream()
                .collect(Collectors.toMap(Pair::of, Function.identity(), (first, second) -> first));
        var now = clock.instant();
        Function<Booking, BookingSummary> summary = booking -> {
            var other = booking.counterpartOf(actor.id());
            var counterpart = new Counterpart(other, names.getOrDefault(other, ""),
                    other.equals(booking.mentor()) && verified.contains(other));
            var chat = chatOf(booking, chats);
            var chatEnded = chat.map(thread -> booking.chatEndedAt(thread.window(), now)).orElse(false);
            return new BookingSummary(booking, counterpart, chat.map(ChatThread::id),
                    access.mayReview(actor, booking, booking.status().isPaid(), chatEnded));
        };
        return new MyBookings(made.stream().map(summary).toList(), withMe.stream().map(summary).toList(),
                actor.role() == Role.MENTOR || !withMe.isEmpty());
    }

    /** Only a paid booking leads to the chat; a pending or cancelled one never opened it. */
    private static Optional<ChatThread> chatOf(Booking booking, Map<Pair, ChatThread> chats) {
        return booking.status().isPaid() ? Optional.ofNullable(chats.get(Pair.of(booking))) : Optional.empty();
    }

    /** A user and a mentor; the two share one chat thread. */
    private record Pair(UserId user, UserId mentor) {
        static Pair of(ChatThread thread) {
            return new Pair(thread.user(), thread.mentor());
        }

        static Pair of(Booking booking) {
            return new Pair(booking.user(), booking.mentor());
        }
    }
}
