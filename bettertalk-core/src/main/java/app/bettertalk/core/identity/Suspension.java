package app.bettertalk.core.identity;

import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A moderator's decision that a person may not sign in: until a time (a suspension) or for good (a ban, no end).
 * While one is in force their sessions end and sign-in is refused.
 */
public record Suspension(UserId user, Instant since, Optional<Instant> until) {
    public Suspension {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
    }

    public boolean inForceAt(Instant now) {
        return !now.isBefore(since) && until.map(now::isBefore).orElse(true);
    }

    public boolean isBan() {
        return until.isEmpty();
    }
}
