package app.bettertalk.web.chats;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatSummary;
import app.bettertalk.web.chat.ChatJson.CounterpartView;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of "Your chats": the list, and the unread socket's frame. */
public final class ChatsJson {
    private ChatsJson() {
    }

    /**
     * One chat in the list. {@code state} is {@code active} or {@code ended} by the clock (before any sweep);
     * {@code lastMessageAt} is null when nobody wrote yet; {@code lastActivityAt}, what the list is ordered by, is
     * the last message or else when a booking opened or reopened the window.
     */
    public record ChatItem(String id, CounterpartView counterpart, boolean viewerIsMentor, String state,
                           Instant endsAt, String countdown, Instant lastMessageAt, Instant lastActivityAt,
                           int unread) {
        static ChatItem of(ChatSummary summary, Actor viewer) {
            var thread = summary.thread();
            var other = summary.counterpart();
            return new ChatItem(thread.id().toString(),
                    new CounterpartView(other.id().toString(), other.name(), other.verifiedMentor()),
                    viewer.is(thread.mentor()), summary.state().code(), thread.endsAt(), summary.countdown().text(),
                    summary.activity().lastMessageAt().orElse(null), summary.lastActivity(), summary.unread());
        }
    }

    /** {@code GET /api/v1/chats}: newest activity first, and the unread messages of all of them together. */
    public record ChatList(List<ChatItem> chats, int unread) {
        static ChatList of(List<ChatSummary> chats, Actor viewer) {
            return new ChatList(chats.stream().map(summary -> ChatItem.of(summary, viewer)).toList(),
                    chats.stream().mapToInt(ChatSummary::unread).sum());
        }
    }

    /** The unread socket's word: {@code {"type":"unread","total":3}}. */
    public record UnreadFrame(String type, int total) {
        static UnreadFrame of(int total) {
            return new UnreadFrame("unread", total);
        }
    }

    /** What a page may send the unread socket: {@code {"type":"refresh"}} to be told the count again. */
    public record ClientFrame(String type) {
    }
}
