package app.bettertalk.core.privacy;

import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.PaymentRecord;
import app.bettertalk.core.booking.Refund;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.community.Comment;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.mailing.QueuedEmail;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.moderation.Outcome;
import app.bettertalk.core.moderation.Report;
import app.bettertalk.core.notes.SessionNotes;
import app.bettertalk.core.review.Review;
import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything BetterTalk holds about one person, or that they may read, at {@code exportedAt}: what "Download my data"
 * gives them. {@code names} says how each other person appears to them (a username or a mentor's public name),
 * never anything more about them.
 */
public record DataExport(Instant exportedAt, User person, List<Consent> consents, Optional<SafetyPlan> safetyPlan,
                         Optional<Mentor> mentorProfile, List<Plan> plans, List<Post> posts, List<Comment> comments,
                         List<BookingPart> bookings, List<ChatPart> chats, List<Review> reviews,
                         List<ReportPart> reports, List<QueuedEmail> emails, Map<UserId, String> names) {
    public DataExport {
        consents = List.copyOf(consents);
        plans = List.copyOf(plans);
        posts = List.copyOf(posts);
        comments = List.copyOf(comments);
        bookings = List.copyOf(bookings);
        chats = List.copyOf(chats);
        reviews = List.copyOf(reviews);
        reports = List.copyOf(reports);
        emails = List.copyOf(emails);
        names = Map.copyOf(names);
    }

    /** A booking with its payment and refunds, as the ledger has them. */
    public record BookingPart(Booking booking, Optional<PaymentRecord> payment, List<Refund> refunds) {
        public BookingPart {
            refunds = List.copyOf(refunds);
        }
    }

    /** A chat with every message still shown in it, its current notes and, for its mentor, their history. */
    public record ChatPart(ChatThread thread, List<Message> messages, Optional<SessionNotes> notes,
                           List<SessionNotes> history) {
        public ChatPart {
            messages = List.copyOf(messages);
            history = List.copyOf(history);
        }
    }

    /** A report the person made and what came of it, without what moderators wrote among themselves. */
    public record ReportPart(Report report, Optional<Outcome> outcome, Optional<Instant> decidedAt) {
    }

    /** How {@code id} appears to the person, or "deleted member". */
    public String nameOf(UserId id) {
        return names.getOrDefault(id, "deleted member");
    }
}
