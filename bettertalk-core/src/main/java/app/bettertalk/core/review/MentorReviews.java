package app.bettertalk.core.review;

import app.bettertalk.core.shared.UserId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a mentor's reviews, newest first; {@code next} continues after it and is empty on the last page. */
public record MentorReviews(UserId mentor, List<ShownReview> reviews, Optional<ReviewCursor> next) {
    public MentorReviews {
        Objects.requireNonNull(mentor, "mentor");
        reviews = List.copyOf(reviews);
        Objects.requireNonNull(next, "next");
    }
}
