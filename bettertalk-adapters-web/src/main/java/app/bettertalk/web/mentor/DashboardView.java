package app.bettertalk.web.mentor;

import app.bettertalk.core.booking.MentorDashboard;
import app.bettertalk.core.chat.ChatSummary;
import app.bettertalk.core.chat.SessionState;
import app.bettertalk.display.IndiaTime;
import app.bettertalk.display.Rupees;
import app.bettertalk.web.Display;
import app.bettertalk.web.booking.BookingWords;

import java.util.List;

/** The mentor dashboard, display-ready; {@code photoUrl} is empty without a photo, when the initials stand in. */
public record DashboardView(String mentorId, String name, String initials, String photoUrl, boolean verified,
                            DetailsForm profile, List<PlanCard> plans, List<BookingRow> bookings,
                            List<ChatRow> chats) {

    static DashboardView of(MentorDashboard dashboard) {
        var mentor = dashboard.mentor();
        var id = mentor.id().toString();
        return new DashboardView(id, dashboard.name(), MentorProfileView.initials(dashboard.name()),
                dashboard.photoVersion().isEmpty() ? "" : MentorProfileView.photoUrl(id, dashboard.photoVersion()),
                mentor.verified(), DetailsForm.of(mentor),
                dashboard.plans().stream().map(PlanCard::onDashboard).toList(),
                dashboard.bookings().stream().map(BookingRow::of).toList(),
                dashboard.chats().stream().map(ChatRow::of).toList());
    }

    /** A booking made with the mentor. */
    public record BookingRow(String id, String userName, String planTitle, String price, String validity,
                             String status, String bookedAt) {
        static BookingRow of(MentorDashboard.BookingLine line) {
            var booking = line.booking();
            return new BookingRow(booking.id().toString(), line.userName(), booking.planTitle(),
                    Rupees.format(booking.price()), BookingWords.chatValidity(booking.chatWindowDays()),
                    line.state().words(), IndiaTime.format(booking.createdAt()));
        }
    }

    /**
     * A chat the mentor holds: the time left in the core's words, or "Ended" by the clock as every list says it, and
     * how many of the member's messages wait unread.
     */
    public record ChatRow(String id, String userName, String countdown, boolean expired, int unread,
                          String unreadText) {
        static ChatRow of(ChatSummary summary) {
            var ended = summary.state() == SessionState.ENDED;
            return new ChatRow(summary.thread().id().toString(), summary.counterpart().name(),
                    ended ? summary.state().words() : summary.countdown().text(), ended, summary.unread(),
                    Display.count(summary.unread(), "unread message", "unread messages"));
        }
    }
}
