package app.bettertalk.core.audit;

import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One read of someone's private words by another: {@code reader} read the {@code what} with id {@code thing},
 * belonging to {@code whose}, at {@code at}, because of {@code why} (a case, a command).
 */
public record AuditEntry(UUID id, UserId reader, What what, UUID thing, UserId whose, String why, Instant at) {
    /** What kind of private thing was read. */
    public enum What {
        CHAT_MESSAGE, SESSION_NOTES, SAFETY_PLAN, DATA_EXPORT
    }

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(thing, "thing");
        Objects.requireNonNull(whose, "whose");
        Objects.requireNonNull(at, "at");
        why = why == null ? "" : why.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw new IllegalArgumentException("why is 1 to 200 characters");
        }
    }
}
