package app.bettertalk.cli.serve;

import app.bettertalk.core.shared.FailureKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A job run in the background of {@code serve} (the chat-expiry sweep, payment reconciliation), so a small
 * deployment needs no cron job. A run that finds another holding the job's lease (a cron job beside the server)
 * does nothing; a failed run is logged and the next one tries again. Pages read the clock, not the jobs, so nobody
 * waits for them.
 */
final class BackgroundJob implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJob.class);

    private final ScheduledExecutorService scheduler;

    private BackgroundJob(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Runs {@code once} at once, then {@code pause} after each run ends, until closed. */
    static BackgroundJob every(String name, Duration pause, Runnable once) {
        var scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("bettertalk-" + name.replace(' ', '-')).factory());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                once.run();
            } catch (RuntimeException e) {
                // Caught so the schedule goes on; an exception would cancel every later run.
                LOG.warn("the {} failed ({}); trying again in {}", name, FailureKind.of(e), pause);
            }
        }, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
        return new BackgroundJob(scheduler);
    }

    /** Stops after the run in progress, waiting up to a minute for it. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
