package app.bettertalk.core.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The reviewed mentor's one public answer to a review. {@code repliedAt} is when it was first posted, from which its
 * edit window counts; {@code editedAt} is empty until the mentor changes it.
 */
public record Reply(String text, Instant repliedAt, Optional<Instant> editedAt) {
    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(repliedAt, "repliedAt");
        Objects.requireNonNull(editedAt, "editedAt");
    }
}
