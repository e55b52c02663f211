package app.bettertalk.web.review;

import app.bettertalk.core.mentor.Rating;
import app.bettertalk.core.review.BookingReview;
import app.bettertalk.core.review.MentorReviews;
import app.bettertalk.core.review.Reply;
import app.bettertalk.core.review.Review;
import app.bettertalk.core.review.ShownReview;
import app.bettertalk.display.IndiaTime;

import java.util.List;
import java.util.Locale;

/** The review pages' display-ready values: every time in India time, stars in words and symbols. */
public final class ReviewViews {
    private ReviewViews() {
    }

    /**
     * The review form of one booking. {@code stars} and {@code text} are what the form shows (as typed, after a
     * refusal); {@code written}: a review exists; {@code editable}: the core would take a change; {@code error} and
     * {@code field} say why the last try was refused.
     */
    public record Form(String bookingId, String mentorId, String mentorName, String planTitle, String stars,
                       String text, boolean written, boolean editable, String editableUntil, String error,
                       String field, boolean saved) {
        static Form of(BookingReview shown, boolean saved) {
            var booking = shown.booking();
            var review = shown.review();
            return new Form(booking.id().toString(), booking.mentor().toString(), shown.mentorName(),
                    booking.planTitle(), review.map(found -> Integer.toString(found.stars().value())).orElse(""),
                    review.map(Review::text).orElse(""), review.isPresent(), shown.editable(),
                    shown.editableUntil().map(IndiaTime::format).orElse(""), "", "", saved);
        }

        /** The same form showing what was typed and why it was refused. */
        Form refused(String typedStars, String typedText, String why, String onField) {
            return new Form(bookingId, mentorId, mentorName, planTitle, typedStars, typedText, written, editable,
                    editableUntil, why, onField, false);
        }

        /** {@code "true"} on the field the last refusal named, else null (no attribute). */
        public String invalid(String name) {
            return field.equals(name) ? "true" : null;
        }

        /** Whether the star radio for {@code value} is the chosen one. */
        public boolean checked(int value) {
            return stars.equals(Integer.toString(value));
        }
    }

    /**
     * A mentor's reviews as a page section: the average and count of all of them, one page newest first, and the
     * link to the next page ({@code olderUrl}, empty on the last).
     */
    public record Section(String mentorId, String mentorName, String average, String count, List<Item> items,
                          String olderUrl, boolean first) {
        static Section of(MentorReviews page, boolean first, RefusedReply refusedReply) {
            var mentor = page.mentor().toString();
            return new Section(mentor, page.mentorName(), averageOf(page.rating()), countOf(page.rating().count()),
                    page.reviews().stream().map(shown -> Item.of(shown, refusedReply)).toList(),
                    page.next().map(next -> "/mentor/" + mentor + "/reviews?after=" + next.token()).orElse(""),
                    first);
        }

        static Section of(MentorReviews page, boolean first) {
            return of(page, first, RefusedReply.NONE);
        }

        /** The first page of reviews, as the mentor's own page shows it. */
        public static Section firstPage(MentorReviews page) {
            return of(page, true);
        }
    }

    /** A reply the mentor typed and the core refused, to show again on its review. */
    record RefusedReply(String reviewId, String text, String error) {
        static final RefusedReply NONE = new RefusedReply("", "", "");
    }

    /**
     * One review: the member's anonymous username, the stars, the text, and the mentor's reply. {@code mayReply}: the
     * core lets the viewer post or change the reply; {@code replyDraft} is what the reply box holds.
     */
    public record Item(String id, String username, int stars, String starsLabel, String starsShown, String text,
                       String writtenAt, boolean edited, boolean replied, String replyText, String repliedAt,
                       boolean mayReply, String replyDraft, String replyError) {
        static Item of(ShownReview shown, RefusedReply refused) {
            var review = shown.review();
            var stars = review.stars().value();
            var reply = review.reply();
            var mine = refused.reviewId().equals(review.id().toString());
            var replyText = reply.map(Reply::text).orElse("");
            return new Item(review.id().toString(), shown.username(), stars, stars + " out of 5 stars",
                    "★".repeat(stars) + "☆".repeat(5 - stars), review.text(), IndiaTime.format(review.createdAt()),
                    review.editedAt().isPresent(), reply.isPresent(), replyText,
                    reply.map(posted -> IndiaTime.format(posted.repliedAt())).orElse(""), shown.mayReply(),
                    mine ? refused.text() : replyText, mine ? refused.error() : "");
        }
    }

    /** {@code "4.3"}, or empty before the first review. */
    static String averageOf(Rating rating) {
        return rating.average().map(mean -> String.format(Locale.ROOT, "%.1f", mean)).orElse("");
    }

    /** {@code "1 review"}, {@code "12 reviews"}, {@code "No reviews yet"}. */
    static String countOf(int count) {
        return count == 0 ? "No reviews yet" : count + (count == 1 ? " review" : " reviews");
    }
}
