package app.bettertalk.core.shared;

import java.util.UUID;

/** Parsing of the UUIDs behind every typed id, with one error for every malformed one. */
public final class Ids {
    private Ids() {
    }

    public static UUID parse(String field, String text) {
        if (text == null || text.length() != 36) {
            throw new DomainException.Validation(field, "must be an id like 123e4567-e89b-12d3-a456-426614174000");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new DomainException.Validation(field, "must be an id like 123e4567-e89b-12d3-a456-426614174000");
        }
    }
}
