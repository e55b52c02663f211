package app.bettertalk.web.chats;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatSummary;
import app.bettertalk.core.chat.SessionState;
import app.bettertalk.display.IndiaTime;
import app.bettertalk.web.Display;

import java.util.List;

/** What the "Your chats" page shows, display-ready: one row per chat, newest activity first. */
public record ChatListPage(List<Row> chats) {

    /**
     * One chat: the other person (their page's link for a mentor, none for a member, who stays anonymous), whether
     * the viewer is its mentor, the last message's time in India ({@code lastMessageAt} empty when nobody wrote),
     * the time left in the core's words or "Ended", and how many messages wait unread.
     */
    public record Row(String id, String counterpartName, boolean counterpartVerified, String counterpartLink,
                      boolean viewerIsMentor, String lastMessageAt, String lastMessageIso, String timeLeft,
                      boolean ended, int unread, String unreadText) {
        static Row of(ChatSummary summary, Actor viewer) {
            var thread = summary.thread();
            var other = summary.counterpart();
            var viewerIsMentor = viewer.is(thread.mentor());
            var last = summary.activity().lastMessageAt();
            var ended = summary.state() == SessionState.ENDED;
            return new Row(thread.id().toString(), other.name(), other.verifiedMentor(),
                    viewerIsMentor ? "" : "/mentor/" + thread.mentor(), viewerIsMentor,
                    last.map(IndiaTime::format).orElse(""), last.map(Object::toString).orElse(""),
                    ended ? summary.state().words() : summary.countdown().text(), ended, summary.unread(),
                    Display.count(summary.unread(), "unread message", "unread messages"));
        }
    }

    static ChatListPage of(List<ChatSummary> chats, Actor viewer) {
        return new ChatListPage(chats.stream().map(summary -> Row.of(summary, viewer)).toList());
    }
}
