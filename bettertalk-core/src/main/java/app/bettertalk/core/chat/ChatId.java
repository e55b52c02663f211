package app.bettertalk.core.chat;

import app.bettertalk.core.shared.Ids;

import java.util.Objects;
import java.util.UUID;

/** Identity of the one chat thread between a user and a mentor. */
public record ChatId(UUID value) {
    public ChatId {
        Objects.requireNonNull(value, "value");
    }

    public static ChatId random() {
        return new ChatId(UUID.randomUUID());
    }

    public static ChatId parse(String text) {
        return new ChatId(Ids.parse("chat", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
