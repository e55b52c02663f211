package app.bettertalk.web.mentor;

import app.bettertalk.core.booking.MentorDashboard;
import app.bettertalk.core.chat.ChatSummary;
import app.bettertalk.display.IndiaTime;
import app.bettertalk.display.Rupees;
import app.bettertalk.web.booking.BookingWords;

import java.util.List;

/** The mentor dashboard, display-ready. */
public record DashboardView(String mentorId, String name, boolean verified, DetailsForm profile,
                            List<PlanCard> plans, List<BookingRow> bookings, List<ChatRow> chats) {

    static DashboardView of(MentorDashboard dashboard) {
        var mentor = dashboard.mentor();
        return new DashboardView(mentor.id().toString(), dashboard.name(), mentor.verified(),
                DetailsForm.of(mentor),
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

    /** A chat the mentor holds, with its countdown text from the core. */
    public record ChatRow(String id, String userName, String countdown, boolean expired) {
        static ChatRow of(ChatSummary summary) {
            return new ChatRow(summary.thread().id().toString(), summary.counterpart().name(),
                    summary.countdown().text(), summary.countdown().expired());
        }
    }
}
