package app.bettertalk.web.review;

import app.bettertalk.core.mentor.Rating;
import app.bettertalk.core.review.BookingReview;
import app.bettertalk.core.review.MentorReviews;
import app.bettertalk.core.review.Reply;
import app.bettertalk.core.review.Review;
import app.bettertalk.core.review.ReviewCursor;
import app.bettertalk.core.review.ShownReview;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of reviews in the API; absent times and replies are {@code null}. */
public final class ReviewJson {
    private ReviewJson() {
    }

    /** The mentor's public reply; {@code editedAt} null until changed. */
    public record ReplyView(String text, Instant repliedAt, Instant editedAt) {
        static ReplyView of(Reply reply) {
            return new ReplyView(reply.text(), reply.repliedAt(), reply.editedAt().orElse(null));
        }
    }

    /** A review as its member and its mentor see it; {@code editableUntil}: the end of the member's edit window. */
    public record ReviewView(String id, String bookingId, String mentorId, int stars, String text, Instant createdAt,
                             Instant editedAt, Instant editableUntil, ReplyView reply) {
        static ReviewView of(Review review) {
            return new ReviewView(review.id().toString(), review.booking().toString(), review.mentor().toString(),
                    review.stars().value(), review.text(), review.createdAt(), review.editedAt().orElse(null),
                    review.editableUntil(), review.reply().map(ReplyView::of).orElse(null));
        }
    }

    /** A booking's review for its member: {@code review} null until written; {@code editable}: a PUT is taken. */
    public record BookingReviewView(String bookingId, String mentorId, String mentorName, boolean editable,
                                    ReviewView review) {
        static BookingReviewView of(BookingReview shown) {
            return new BookingReviewView(shown.booking().id().toString(), shown.booking().mentor().toString(),
                    shown.mentorName(), shown.editable(), shown.review().map(ReviewView::of).orElse(null));
        }
    }

    /** The tally of all of a mentor's reviews; {@code average} null before the first. */
    public record RatingView(int count, Double average) {
        static RatingView of(Rating rating) {
            return new RatingView(rating.count(), rating.average().orElse(null));
        }
    }

    /** One public review: under the member's anonymous username, never their email or names. */
    public record PublicReview(String id, String username, int stars, String text, Instant createdAt,
                               Instant editedAt, ReplyView reply, boolean mayReply) {
        static PublicReview of(ShownReview shown) {
            var review = shown.review();
            return new PublicReview(review.id().toString(), shown.username(), review.stars().value(), review.text(),
                    review.createdAt(), review.editedAt().orElse(null), review.reply().map(ReplyView::of).orElse(null),
                    shown.mayReply());
        }
    }

    /** A page of a mentor's reviews, newest first; {@code next} is the {@code after} of the next page, or null. */
    public record MentorReviewsView(String mentorId, RatingView rating, List<PublicReview> reviews, String next) {
        static MentorReviewsView of(MentorReviews page) {
            return new MentorReviewsView(page.mentor().toString(), RatingView.of(page.rating()),
                    page.reviews().stream().map(PublicReview::of).toList(),
                    page.next().map(ReviewCursor::token).orElse(null));
        }
    }

    /**
     * {@code PUT /api/v1/bookings/{id}/review}: stars 1 to 5 (a number, or its digit as a string) and optional text.
     */
    public record ReviewBody(String stars, String text) {
    }

    /** {@code PUT /api/v1/reviews/{id}/reply}: the whole reply. */
    public record ReplyBody(String text) {
    }
}
