package app.bettertalk.core.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@link JobLocks} in memory. */
public final class InMemoryJobLocks implements JobLocks {
    private record Lease(String holder, Instant until) {
    }

    private final Map<String, Lease> leases = new HashMap<>();

    @Override
    public synchronized boolean tryLock(String job, String holder, Instant now, Duration lease) {
        var current = leases.get(job);
        if (current != null && !current.holder().equals(holder) && now.isBefore(current.until())) {
            return false;
        }
        leases.put(job, new Lease(holder, now.plus(lease)));
        return true;
    }

    @Override
    public synchronized void unlock(String job, String holder) {
        var current = leases.get(job);
        if (current != null && current.holder().equals(holder)) {
            leases.remove(job);
        }
    }
}
