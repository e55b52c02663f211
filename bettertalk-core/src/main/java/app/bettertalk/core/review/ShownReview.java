package app.bettertalk.core.review;

import java.util.Objects;

/**
 * One review as a mentor's page shows it: under the member's anonymous username, never their email or names.
 * {@code mayReply}: the viewer is the reviewed mentor and {@link ReplyToReview} would take a reply now.
 */
public record ShownReview(Review review, String username, boolean mayReply) {
    public ShownReview {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(username, "username");
    }
}
