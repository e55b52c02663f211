package app.bettertalk.core.community;

import app.bettertalk.core.shared.Ids;

import java.util.Objects;
import java.util.UUID;

/** Identity of a comment on a post. */
public record CommentId(UUID value) {
    public CommentId {
        Objects.requireNonNull(value, "value");
    }

    public static CommentId random() {
        return new CommentId(UUID.randomUUID());
    }

    public static CommentId parse(String text) {
        return new CommentId(Ids.parse("comment", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
