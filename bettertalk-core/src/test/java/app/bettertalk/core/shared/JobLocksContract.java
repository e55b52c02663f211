package app.bettertalk.core.shared;

import app.bettertalk.core.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link JobLocks} must do. */
public abstract class JobLocksContract {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00.123456Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private JobLocks locks;

    protected abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        locks = freshStores().jobLocks();
    }

    @Test
    void a_free_job_is_locked_by_the_first_holder() {
        assertThat(locks.tryLock("sweep", "a", NOW, LEASE)).isTrue();
    }

    @Test
    void another_holder_cannot_take_a_running_lease() {
        locks.tryLock("sweep", "a", NOW, LEASE);

        assertThat(locks.tryLock("sweep", "b", NOW.plus(LEASE).minusNanos(1000), LEASE)).isFalse();
    }

    @Test
    void the_holder_renews_its_own_lease() {
        locks.tryLock("sweep", "a", NOW, LEASE);

        var renewed = locks.tryLock("sweep", "a", NOW.plus(Duration.ofMinutes(4)), LEASE);

        assertThat(renewed).isTrue();
        assertThat(locks.tryLock("sweep", "b", NOW.plus(Duration.ofMinutes(8)), LEASE)).isFalse();
    }

    @Test
    void a_lease_that_ran_out_can_be_taken_by_another_holder() {
        locks.tryLock("sweep", "a", NOW, LEASE);

        assertThat(locks.tryLock("sweep", "b", NOW.plus(LEASE), LEASE)).isTrue();
    }

    @Test
    void an_unlocked_job_is_free_again_but_only_its_holder_unlocks_it() {
        locks.tryLock("sweep", "a", NOW, LEASE);

        locks.unlock("sweep", "b");
        var whileHeld = locks.tryLock("sweep", "c", NOW, LEASE);
        locks.unlock("sweep", "a");

        assertThat(whileHeld).isFalse();
        assertThat(locks.tryLock("sweep", "c", NOW, LEASE)).isTrue();
    }

    @Test
    void different_jobs_have_different_locks() {
        locks.tryLock("sweep", "a", NOW, LEASE);

        assertThat(locks.tryLock("emails", "b", NOW, LEASE)).isTrue();
    }
}
