package app.bettertalk.core.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of a person on BetterTalk, whatever their role. */
public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    /** Reads an id typed by a person or sent by a client; a malformed one is a validation error on {@code field}. */
    public static UserId parse(String field, String text) {
        return new UserId(Ids.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
