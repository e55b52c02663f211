package app.bettertalk.web.chat;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatView;
import app.bettertalk.core.chat.Message;

import java.time.Instant;

/** The JSON shapes of the chat API and WebSocket: a thread's summary and one message as a participant sees it. */
public final class ChatJson {
    private ChatJson() {
    }

    /**
     * One message. {@code clientMessageId} is given back to its sender only, so their page can match a message it
     * sent to the one stored; the other participant gets null.
     */
    public record MessageView(String id, String senderId, boolean mine, String text, Instant sentAt,
                              String clientMessageId) {
        public static MessageView of(Message message, Actor viewer) {
            var mine = viewer.is(message.sender());
            return new MessageView(message.id().toString(), message.sender().toString(), mine, message.text(),
                    message.sentAt(), mine ? message.clientMessageId() : null);
        }
    }

    /** The same message as a WebSocket frame: {@code {"type":"message", ...}}. */
    public record MessageFrame(String type, String id, String senderId, boolean mine, String text, Instant sentAt,
                               String clientMessageId) {
        public static MessageFrame of(MessageView view) {
            return new MessageFrame("message", view.id(), view.senderId(), view.mine(), view.text(), view.sentAt(),
                    view.clientMessageId());
        }
    }

    /** The person on the other side of a chat. */
    public record CounterpartView(String id, String name, boolean verifiedMentor) {
    }

    /**
     * A chat thread as its participant sees it; {@code now} is the server's time when it was read, so a client can
     * count down to {@code endsAt} without trusting its own clock.
     */
    public record ChatSummary(String id, CounterpartView counterpart, String mentorId, boolean viewerIsMentor,
                              Instant endsAt, Instant now, boolean writable, String countdown) {
        public static ChatSummary of(ChatView view) {
            var other = view.counterpart();
            return new ChatSummary(view.thread().id().toString(),
                    new CounterpartView(other.id().toString(), other.name(), other.verifiedMentor()),
                    view.thread().mentor().toString(), view.viewerIsMentor(), view.thread().endsAt(), view.readAt(),
                    view.writable(), view.countdown().text());
        }
    }

    /** A WebSocket refusal: {@code {"type":"error","code":"chat_expired",...}}; {@code field} only for validation. */
    public record ErrorFrame(String type, String code, String message, String field) {
        public static ErrorFrame of(String code, String message, String field) {
            return new ErrorFrame("error", code, message, field);
        }
    }

    /** A word for the sender alone, such as that contact details in their message were hidden. */
    public record NoticeFrame(String type, String message) {
        public static NoticeFrame of(String message) {
            return new NoticeFrame("notice", message);
        }
    }

    /**
     * For the mentor's sockets only: the member sent a message the crisis screen flagged, so the page shows what to
     * do. It carries nothing else.
     */
    public record ConcernFrame(String type) {
        public static final ConcernFrame RAISED = new ConcernFrame("concern");
    }

    /** The WebSocket's word that the chat's window has ended: read-only from now on. */
    public record ExpiredFrame(String type, Instant endsAt) {
        public static ExpiredFrame at(Instant endsAt) {
            return new ExpiredFrame("expired", endsAt);
        }
    }

    /**
     * What a client may send: {@code {"type":"send","clientMessageId":"…","text":"…"}} (with
     * {@code "sendAnyway":true} once the writer has been offered help for it) or
     * {@code {"type":"resume","after":"<message id or empty>"}}.
     */
    public record ClientFrame(String type, String clientMessageId, String text, String after, Boolean sendAnyway) {
        public boolean anyway() {
            return Boolean.TRUE.equals(sendAnyway);
        }
    }
}
