package app.bettertalk.mysql;

import app.bettertalk.core.shared.JobLocks;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.time.Instant;

/**
 * {@link JobLocks} as rows of {@code job_locks}. Taking a lease is one conditional UPDATE, which the database runs
 * atomically: it matches only when the lease is free, run out, or already ours.
 */
public final class JdbiJobLocks implements JobLocks {
    private final Jdbi jdbi;

    public JdbiJobLocks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean tryLock(String job, String holder, Instant now, Duration lease) {
        return jdbi.withHandle(handle -> {
            try {
                handle.createUpdate("INSERT INTO job_locks (job, holder, locked_until) VALUES (?, '', ?)")
                        .bind(0, job).bind(1, Columns.at(Instant.EPOCH)).execute();
            } catch (RuntimeException e) {
                if (StoreErrors.duplicateKey(e).isEmpty()) {
                    throw e;
                }
            }
            return handle.createUpdate("""
                            UPDATE job_locks SET holder = ?, locked_until = ?
                            WHERE job = ? AND (holder = ? OR locked_until <= ?)""")
                    .bind(0, holder).bind(1, Columns.at(now.plus(lease))).bind(2, job).bind(3, holder)
                    .bind(4, Columns.at(now)).execute() == 1;
        });
    }

    @Override
    public void unlock(String job, String holder) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE job_locks SET holder = '', locked_until = ? WHERE job = ? AND holder = ?")
                .bind(0, Columns.at(Instant.EPOCH)).bind(1, job).bind(2, holder).execute());
    }
}
