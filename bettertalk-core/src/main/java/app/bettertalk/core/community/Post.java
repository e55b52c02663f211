package app.bettertalk.core.community;

import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Text a member wrote in a group; {@code editedAt} is when its writer last changed it, if they did.
 *
 * @param held whether it waits for a moderator's approval: only ever true of a post just written or edited, since
 *             a held post is read back by no one
 */
public record Post(PostId id, GroupId group, UserId author, String content, Instant createdAt,
                   Optional<Instant> editedAt, boolean held) {
    /** What is left of the text of a post or comment erased with its author's account. */
    public static final String ERASED = "(erased)";
    public static final int MAX_LENGTH = 10_000;

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(author, "author");
        content = Text.required("content", content, MAX_LENGTH);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(editedAt, "editedAt");
    }

    /** A post as stored and shown. */
    public Post(PostId id, GroupId group, UserId author, String content, Instant createdAt,
                Optional<Instant> editedAt) {
        this(id, group, author, content, createdAt, editedAt, false);
    }

    /** A post as first written, never edited. */
    public Post(PostId id, GroupId group, UserId author, String content, Instant createdAt) {
        this(id, group, author, content, createdAt, Optional.empty());
    }

    /** This post with {@code content} in place of its text, edited at {@code at}. */
    public Post edited(String content, Instant at) {
        return new Post(id, group, author, content, createdAt, Optional.of(at));
    }

    /** This post waiting for a moderator's approval. */
    public Post asHeld() {
        return new Post(id, group, author, content, createdAt, editedAt, true);
    }
}
