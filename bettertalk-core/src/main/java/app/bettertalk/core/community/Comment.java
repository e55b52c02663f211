package app.bettertalk.core.community;

import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's reply to a post; {@code editedAt} is when its writer last changed it, if they did.
 *
 * @param held whether it waits for a moderator's approval: only ever true of a comment just written or edited,
 *             since a held comment is read back by no one
 */
public record Comment(CommentId id, PostId post, UserId author, String content, Instant createdAt,
                      Optional<Instant> editedAt, boolean held) {
    public static final int MAX_LENGTH = 2_000;

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(author, "author");
        content = Text.required("content", content, MAX_LENGTH);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(editedAt, "editedAt");
    }

    /** A comment as stored and shown. */
    public Comment(CommentId id, PostId post, UserId author, String content, Instant createdAt,
                   Optional<Instant> editedAt) {
        this(id, post, author, content, createdAt, editedAt, false);
    }

    /** A comment as first written, never edited. */
    public Comment(CommentId id, PostId post, UserId author, String content, Instant createdAt) {
        this(id, post, author, content, createdAt, Optional.empty());
    }

    /** This comment with {@code content} in place of its text, edited at {@code at}. */
    public Comment edited(String content, Instant at) {
        return new Comment(id, post, author, content, createdAt, Optional.of(at));
    }

    /** This comment waiting for a moderator's approval. */
    public Comment asHeld() {
        return new Comment(id, post, author, content, createdAt, editedAt, true);
    }
}
