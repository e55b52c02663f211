package app.bettertalk.core.booking;

import app.bettertalk.core.access.Participants;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.SessionState;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Chat threads by their user and mentor, to find a booking's chat and tell where the booking stands by the clock:
 * all of a pair's bookings share the pair's one thread.
 */
final class PairChats {
    private final Map<Pair, ChatThread> byPair = new HashMap<>();

    private PairChats(Collection<ChatThread> threads) {
        threads.forEach(thread -> byPair.putIfAbsent(Pair.of(thread), thread));
    }

    static PairChats of(Collection<ChatThread> threads) {
        return new PairChats(threads);
    }

    /** The pair's thread, if they have one. */
    Optional<ChatThread> of(Booking booking) {
        return Optional.ofNullable(byPair.get(Pair.of(booking)));
    }

    SessionState stateOf(Booking booking, Instant now) {
        return of(booking).map(thread -> booking.stateAt(thread.window(), now)).orElseGet(booking::stateWithoutChat);
    }

    BookingNow now(Booking booking, Instant now) {
        return new BookingNow(booking, stateOf(booking, now));
    }

    /** A user and a mentor; the two share one chat thread. */
    private record Pair(UserId user, UserId mentor) {
        static Pair of(Participants pair) {
            return new Pair(pair.user(), pair.mentor());
        }
    }
}
