package app.bettertalk.core.review;

import app.bettertalk.core.shared.Ids;

import java.util.Objects;
import java.util.UUID;

/** Identity of a review. */
public record ReviewId(UUID value) {
    public ReviewId {
        Objects.requireNonNull(value, "value");
    }

    public static ReviewId random() {
        return new ReviewId(UUID.randomUUID());
    }

    public static ReviewId parse(String text) {
        return new ReviewId(Ids.parse("review", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
