package app.bettertalk.core.chat;

import java.util.List;

/**
 * A chat as one participant sees it: who they talk to, the countdown, whether they may still write, and a page of
 * messages oldest first.
 */
public record ChatView(ChatThread thread, Counterpart counterpart, boolean viewerIsMentor, Countdown countdown,
                       boolean writable, List<Message> messages) {
    public ChatView {
        messages = List.copyOf(messages);
    }
}
