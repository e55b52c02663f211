package app.bettertalk.core.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A chat as one participant sees it: who they talk to, the countdown, whether they may still write, and a page of
 * messages oldest first. {@code readAt} is the core clock's instant the countdown and {@code writable} were read at,
 * so a page can count down from the server's time, not the browser's.
 */
public record ChatView(ChatThread thread, Counterpart counterpart, boolean viewerIsMentor, Countdown countdown,
                       boolean writable, List<Message> messages, Instant readAt) {
    public ChatView {
        messages = List.copyOf(messages);
        Objects.requireNonNull(readAt, "readAt");
    }
}
