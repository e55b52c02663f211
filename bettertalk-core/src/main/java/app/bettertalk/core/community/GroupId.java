package app.bettertalk.core.community;

import app.bettertalk.core.shared.Ids;

import java.util.Objects;
import java.util.UUID;

/** Identity of a topic group. */
public record GroupId(UUID value) {
    public GroupId {
        Objects.requireNonNull(value, "value");
    }

    public static GroupId random() {
        return new GroupId(UUID.randomUUID());
    }

    public static GroupId parse(String text) {
        return new GroupId(Ids.parse("group", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
