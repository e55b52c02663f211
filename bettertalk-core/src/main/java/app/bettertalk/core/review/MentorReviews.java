package app.bettertalk.core.review;

import app.bettertalk.core.mentor.Rating;
import app.bettertalk.core.shared.UserId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a mentor's reviews, newest first; {@code next} continues after it and is empty on the last page.
 * {@code mentorName}: the mentor's public name; {@code rating}: the count and star total of all their reviews, for
 * the average shown above the page.
 */
public record MentorReviews(UserId mentor, String mentorName, Rating rating, List<ShownReview> reviews,
                            Optional<ReviewCursor> next) {
    public MentorReviews {
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentorName, "mentorName");
        Objects.requireNonNull(rating, "rating");
        reviews = List.copyOf(reviews);
        Objects.requireNonNull(next, "next");
    }
}
