package app.bettertalk.core.booking;

import app.bettertalk.core.chat.ChatSummary;
import app.bettertalk.core.chat.SessionState;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;

import java.util.List;
import java.util.Objects;

/**
 * A mentor's own desk: their profile and public name, every plan (inactive ones too, oldest first), the bookings made
 * with them (newest first, each with the booker's public name and where it stands by the clock), the chats they
 * hold as mentor (newest activity first, with what is unread) and their photo's version ({@code photoVersion}, empty
 * without a photo).
 */
public record MentorDashboard(Mentor mentor, String name, List<Plan> plans, List<BookingLine> bookings,
                              List<ChatSummary> chats, String photoVersion) {
    public MentorDashboard {
        Objects.requireNonNull(photoVersion, "photoVersion");
        plans = List.copyOf(plans);
        bookings = List.copyOf(bookings);
        chats = List.copyOf(chats);
    }

    /** One booking made with the mentor, the public name of the person who made it, and where it stands now. */
    public record BookingLine(Booking booking, String userName, SessionState state) {
    }
}
