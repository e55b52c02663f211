package app.bettertalk.core.community;

import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Text a member wrote in a group; {@code editedAt} is when its writer last changed it, if they did. */
public record Post(PostId id, GroupId group, UserId author, String content, Instant createdAt,
                   Optional<Instant> editedAt) {
    public static final int MAX_LENGTH = 10_000;

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(author, "author");
        content = Text.required("content", content, MAX_LENGTH);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(editedAt, "editedAt");
    }

    /** A post as first written, never edited. */
    public Post(PostId id, GroupId group, UserId author, String content, Instant createdAt) {
        this(id, group, author, content, createdAt, Optional.empty());
    }

    /** This post with {@code content} in place of its text, edited at {@code at}. */
    public Post edited(String content, Instant at) {
        return new Post(id, group, author, content, createdAt, Optional.of(at));
    }
}
