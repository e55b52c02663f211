package app.bettertalk.core.mailing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A dispatcher's claim on a batch of emails: nobody else claims them before {@code expiresAt}, and only the holder
 * records their outcomes. A dispatcher that dies leaves its emails to be claimed again once the lease expires.
 *
 * @param holder  a fresh random name per claim, so a late dispatcher cannot record over a newer claim
 * @param takenAt the moment of the claim: emails due by then are claimed
 */
public record Lease(String holder, Instant takenAt, Instant expiresAt) {
    public Lease {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (holder.isBlank() || holder.length() > 36) {
            throw new IllegalArgumentException("a lease holder is 1 to 36 characters");
        }
        if (!expiresAt.isAfter(takenAt)) {
            throw new IllegalArgumentException("a lease expires after it is taken");
        }
    }

    /** A new lease with a random holder, taken at {@code at} for {@code length}. */
    public static Lease taken(Instant at, java.time.Duration length) {
        return new Lease(UUID.randomUUID().toString(), at, at.plus(length));
    }
}
