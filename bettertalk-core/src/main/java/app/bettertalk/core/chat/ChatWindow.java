package app.bettertalk.core.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The paid period in which a chat accepts messages: from {@code startsAt} until, not including, {@code endsAt}.
 */
public record ChatWindow(Instant startsAt, Instant endsAt) {
    public ChatWindow {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("a chat window cannot end before it starts");
        }
    }

    /** A window that was never paid for: it ends as it starts. */
    public static ChatWindow unopened(Instant at) {
        return new ChatWindow(at, at);
    }

    /**
     * Adds {@code days} paid days. They count from the end of the window while it is open, so no paid day is lost,
     * and from {@code now} once it has ended, when a new period starts.
     */
    public ChatWindow extendedBy(int days, Instant now) {
        if (days < 1) {
            throw new IllegalArgumentException("a chat window is extended by at least one day");
        }
        var open = isOpenAt(now);
        var from = open ? endsAt : now;
        return new ChatWindow(open ? startsAt : now, from.plus(Duration.ofDays(days)));
    }

    public boolean isOpenAt(Instant now) {
        return now.isBefore(endsAt);
    }

    /** What is left of the window at {@code now}; zero once it has ended. */
    public Duration remainingAt(Instant now) {
        return isOpenAt(now) ? Duration.between(now, endsAt) : Duration.ZERO;
    }

    /**
     * Takes {@code days} back off the end, as when a booking that paid for them is refunded; never to before the
     * window started, so what the other bookings paid for stays (their days are the rest of the window).
     */
    public ChatWindow shortenedBy(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a chat window is shortened by at least one day");
        }
        var end = endsAt.minus(Duration.ofDays(days));
        return new ChatWindow(startsAt, end.isBefore(startsAt) ? startsAt : end);
    }
}
