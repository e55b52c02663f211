package app.bettertalk.core.community;

import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/** Text a member wrote in a group. */
public record Post(PostId id, GroupId group, UserId author, String content, Instant createdAt) {
    public static final int MAX_LENGTH = 10_000;

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(author, "author");
        content = Text.required("content", content, MAX_LENGTH);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
