package app.bettertalk.core.chat;

import java.util.Map;

/** How many of the other participants' messages wait unread for someone: in each of their chats, and in all. */
public record Unread(Map<ChatId, Integer> byChat) {
    public Unread {
        byChat = Map.copyOf(byChat);
    }

    public int total() {
        return byChat.values().stream().mapToInt(Integer::intValue).sum();
    }
}
