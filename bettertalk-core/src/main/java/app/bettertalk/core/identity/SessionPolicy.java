package app.bettertalk.core.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a sign-in lasts: it ends after {@code idle} without use and after {@code absolute} in any case. Use is
 * recorded at most once per {@code touchEvery}, so reading pages does not write to the database on every request.
 * Defaults: 12 hours idle, 14 days absolute, for people who may share a device.
 */
public record SessionPolicy(Duration idle, Duration absolute, Duration touchEvery) {
    public static final SessionPolicy DEFAULT =
            new SessionPolicy(Duration.ofHours(12), Duration.ofDays(14), Duration.ofMinutes(1));

    public SessionPolicy {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0 || touchEvery.compareTo(idle) >= 0) {
            throw new IllegalArgumentException("need 0 < touchEvery < idle <= absolute");
        }
    }

    public boolean isLiveAt(Session session, Instant now) {
        return now.isBefore(session.expiresAt()) && now.isBefore(session.lastSeenAt().plus(idle));
    }

    public boolean wantsTouchAt(Session session, Instant now) {
        return !now.isBefore(session.lastSeenAt().plus(touchEvery));
    }
}
