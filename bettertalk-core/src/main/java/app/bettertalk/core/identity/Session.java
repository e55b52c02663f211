package app.bettertalk.core.identity;

import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser: whose it is, the CSRF token its forms must echo, and its expiry. It ends at
 * {@code expiresAt} whatever happens (absolute expiry) and earlier when unused for the idle limit.
 */
public record Session(String tokenHash, UserId user, String csrfToken, Instant createdAt, Instant lastSeenAt,
                      Instant expiresAt) {
    public Session {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public Session seenAt(Instant at) {
        return new Session(tokenHash, user, csrfToken, createdAt, at, expiresAt);
    }
}
