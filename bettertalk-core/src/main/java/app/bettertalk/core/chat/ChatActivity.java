package app.bettertalk.core.chat;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What has happened in a chat as one participant sees it: when it last had a message, and how many are unread. */
public record ChatActivity(Optional<Instant> lastMessageAt, int unread) {
    /** A chat nobody has written in. */
    public static final ChatActivity NONE = new ChatActivity(Optional.empty(), 0);

    public ChatActivity {
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
        if (unread < 0) {
            throw new IllegalArgumentException("unread cannot be negative");
        }
    }
}
