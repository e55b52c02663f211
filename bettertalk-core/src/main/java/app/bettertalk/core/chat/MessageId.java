package app.bettertalk.core.chat;

import app.bettertalk.core.shared.Ids;

import java.util.Objects;
import java.util.UUID;

/** Identity of a chat message. */
public record MessageId(UUID value) {
    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    public static MessageId parse(String text) {
        return new MessageId(Ids.parse("message", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
