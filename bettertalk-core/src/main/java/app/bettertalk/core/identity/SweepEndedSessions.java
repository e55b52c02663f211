package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;

/**
 * Deletes the sessions that have ended (past their absolute expiry, or unused past the idle limit) so the database
 * keeps no record of old sign-ins; they could not be resumed anyway. Runs in batches until none is left.
 */
@UseCase
public final class SweepEndedSessions {
    private final Sessions sessions;
    private final SessionPolicy policy;
    private final Clock clock;

    public SweepEndedSessions(Sessions sessions, SessionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    /** How many ended sessions were deleted, {@code batch} (1 to 10,000) at a time. */
    public int sweep(int batch) {
        if (batch < 1 || batch > 10_000) {
            throw new DomainException.Validation("batch", "must be 1 to 10000");
        }
        var now = clock.instant();
        var total = 0;
        int removed;
        do {
            removed = sessions.removeEnded(now, now.minus(policy.idle()), batch);
            total += removed;
        } while (removed == batch);
        return total;
    }
}
