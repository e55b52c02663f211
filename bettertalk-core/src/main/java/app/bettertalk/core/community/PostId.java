package app.bettertalk.core.community;

import app.bettertalk.core.shared.Ids;

import java.util.Objects;
import java.util.UUID;

/** Identity of a post in a group. */
public record PostId(UUID value) {
    public PostId {
        Objects.requireNonNull(value, "value");
    }

    public static PostId random() {
        return new PostId(UUID.randomUUID());
    }

    public static PostId parse(String text) {
        return new PostId(Ids.parse("post", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
