package app.bettertalk.core.chat;

import app.bettertalk.core.access.Participants;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * The single conversation between a user and a mentor, kept across bookings. {@code active} is bookkeeping for the
 * sweep (cleared once the window has ended); whether the chat accepts messages is the window's to say.
 */
public record ChatThread(ChatId id, UserId user, UserId mentor, ChatWindow window, boolean active, Instant createdAt)
        implements Participants {
    public ChatThread {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(createdAt, "createdAt");
        if (user.equals(mentor)) {
            throw new IllegalArgumentException("a chat needs two different people");
        }
    }

    /** The thread a pair's first confirmed booking creates, before that booking's days are added. */
    public static ChatThread unopened(ChatId id, UserId user, UserId mentor, Instant at) {
        return new ChatThread(id, user, mentor, ChatWindow.unopened(at), false, at);
    }

    public ChatThread extendedBy(int days, Instant now) {
        return new ChatThread(id, user, mentor, window.extendedBy(days, now), true, createdAt);
    }

    /** The window without the days a refunded booking paid for. */
    public ChatThread shortenedBy(int days) {
        return new ChatThread(id, user, mentor, window.shortenedBy(days), active, createdAt);
    }

    /** The sweep's mark that the window has ended. */
    public ChatThread deactivated() {
        return new ChatThread(id, user, mentor, window, false, createdAt);
    }

    public boolean acceptsMessagesAt(Instant now) {
        return window.isOpenAt(now);
    }

    /** Active while the window is open at {@code now}, ended from its end on, whatever the sweep's mark says. */
    public SessionState stateAt(Instant now) {
        return acceptsMessagesAt(now) ? SessionState.ACTIVE : SessionState.ENDED;
    }

    public Instant endsAt() {
        return window.endsAt();
    }
}
