package app.bettertalk.web.chat;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatView;
import app.bettertalk.core.chat.Message;
import app.bettertalk.display.IndiaTime;

import java.util.List;
import java.util.UUID;

/**
 * What the chat page shows, display-ready: the other person, the countdown as the core words it, the instants the
 * browser counts down with, the messages, and the send form's fresh client message id (a resubmitted form is then
 * stored once).
 *
 * @param counterpartLink the mentor's page for the user's view, empty for the mentor's view of their user
 * @param draft           text to put back in the input after a refused send
 * @param error           why a send was refused, empty when none was
 */
public record ChatPage(String chatId, String counterpartName, boolean counterpartVerified, String counterpartLink,
                       String mentorLink, String countdown, String endsAt, String now, boolean writable,
                       List<Line> messages, String clientMessageId, String draft, String error, String notice,
                       boolean concern) {

    /** One message in the list. */
    public record Line(String id, boolean mine, String text, String sentAt, String sentAtText) {
        static Line of(Message message, Actor viewer) {
            return new Line(message.id().toString(), viewer.is(message.sender()), message.text(),
                    message.sentAt().toString(), IndiaTime.format(message.sentAt()));
        }
    }

    /**
     * The page; {@code notice} a word for the viewer (contact details hidden), {@code concern} whether the viewer,
     * the mentor, should be shown what to do because the member may be at risk.
     */
    static ChatPage of(ChatView view, Actor viewer, String draft, String error, String notice, boolean concern) {
        var other = view.counterpart();
        var mentorLink = "/mentor/" + view.thread().mentor();
        return new ChatPage(view.thread().id().toString(), other.name(), other.verifiedMentor(),
                view.viewerIsMentor() ? "" : mentorLink, mentorLink, view.countdown().text(),
                view.thread().endsAt().toString(), view.readAt().toString(), view.writable(),
                view.messages().stream().map(message -> Line.of(message, viewer)).toList(),
                UUID.randomUUID().toString(), draft, error, notice, concern);
    }
}
