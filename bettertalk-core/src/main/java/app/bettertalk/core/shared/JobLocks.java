package app.bettertalk.core.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * Named leases that keep two runs of the same job (two cron sweeps that overlap) from working at once. A lease
 * that its holder does not renew runs out, so a crashed run never blocks the next one for long.
 */
@Port
public interface JobLocks {
    /**
     * Takes or renews the lease on {@code job} for {@code holder} until {@code now + lease}; true if {@code holder}
     * has it now, false if another holder's lease is still running. Committed at once, outside any unit of work.
     */
    boolean tryLock(String job, String holder, Instant now, Duration lease);

    /** Gives the lease back if {@code holder} has it. */
    void unlock(String job, String holder);
}
