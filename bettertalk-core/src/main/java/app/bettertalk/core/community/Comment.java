package app.bettertalk.core.community;

import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/** A member's reply to a post. */
public record Comment(CommentId id, PostId post, UserId author, String content, Instant createdAt) {
    public static final int MAX_LENGTH = 2_000;

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(author, "author");
        content = Text.required("content", content, MAX_LENGTH);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
