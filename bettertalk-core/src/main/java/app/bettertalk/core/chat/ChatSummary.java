package app.bettertalk.core.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * One of a person's chats in a list: with whom, how long it stays open (or that it has ended, by the clock), when
 * its last message came and how many of the other person's messages the viewer has not read.
 */
public record ChatSummary(ChatThread thread, Counterpart counterpart, Countdown countdown, SessionState state,
                          ChatActivity activity) {
    public ChatSummary {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(counterpart, "counterpart");
        Objects.requireNonNull(countdown, "countdown");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(activity, "activity");
    }

    /** The last thing that happened: its last message, or the booking that opened or reopened its window. */
    public Instant lastActivity() {
        var opened = thread.window().startsAt();
        return activity.lastMessageAt().filter(last -> last.isAfter(opened)).orElse(opened);
    }

    public int unread() {
        return activity.unread();
    }
}
