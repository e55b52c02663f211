package app.bettertalk.cli.serve;

import app.bettertalk.core.booking.SweepExpiredChats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The chat-expiry sweep in the background of {@code serve}, so ended chats' bookings expire without a cron job. A
 * sweep that finds another run holding the job's lease (a cron job beside the server) does nothing; a failed sweep
 * is logged and the next one tries again. Pages read the clock, not the sweep, so nobody waits for it.
 */
final class ChatSweeps implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChatSweeps.class);
    private static final SweepExpiredChats.Command EACH = new SweepExpiredChats.Command(1_000, 100);

    private final ScheduledExecutorService scheduler;

    private ChatSweeps(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Sweeps at once, then {@code pause} after each sweep ends, until closed. */
    static ChatSweeps every(Duration pause, SweepExpiredChats sweep) {
        var scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("bettertalk-chat-sweep").factory());
        scheduler.scheduleWithFixedDelay(() -> sweepOnce(sweep, pause), 0, pause.toMillis(), TimeUnit.MILLISECONDS);
        return new ChatSweeps(scheduler);
    }

    private static void sweepOnce(SweepExpiredChats sweep, Duration pause) {
        try {
            var report = sweep.sweep(EACH);
            if (report.chatsClosed() > 0 || report.bookingsExpired() > 0) {
                LOG.info("chats: {} closed, {} bookings expired", report.chatsClosed(), report.bookingsExpired());
            }
        } catch (RuntimeException e) {
            // Caught so the schedule goes on; an exception would cancel every later sweep.
            LOG.warn("the chat sweep failed; trying again in {}", pause, e);
        }
    }

    /** Stops after the sweep in progress, waiting up to a minute for it. */
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
