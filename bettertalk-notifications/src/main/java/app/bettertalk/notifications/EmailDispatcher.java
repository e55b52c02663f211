package app.bettertalk.notifications;

import app.bettertalk.core.mailing.SendQueuedEmails;
import app.bettertalk.core.shared.FailureKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The email sweep in the background of a long-running process: a virtual thread runs it, pauses, and runs it again
 * until {@link #close()}, which lets a sweep in progress finish its batch. A failed sweep is logged and the next one
 * tries again; emails are never lost to it, they wait in the outbox.
 */
public final class EmailDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmailDispatcher.class);

    private final SendQueuedEmails sendQueuedEmails;
    private final SendQueuedEmails.Command each;
    private final Duration pause;
    private final CountDownLatch stop = new CountDownLatch(1);
    private Thread thread;

    /** Runs {@code each} sweep, then waits {@code pause} before the next. */
    public EmailDispatcher(SendQueuedEmails sendQueuedEmails, SendQueuedEmails.Command each, Duration pause) {
        this.sendQueuedEmails = sendQueuedEmails;
        this.each = each;
        this.pause = pause;
    }

    public synchronized EmailDispatcher start() {
        if (thread == null) {
            thread = Thread.ofVirtual().name("bettertalk-emails").start(this::run);
        }
        return this;
    }

    private void run() {
        do {
            try {
                var outcome = sendQueuedEmails.send(each);
                if (outcome.total() > 0) {
                    LOG.info("emails: {} sent, {} retried, {} failed, {} skipped", outcome.sent(), outcome.retried(),
                            outcome.failed(), outcome.skipped());
                }
            } catch (RuntimeException e) {
                LOG.warn("the email sweep failed ({}); trying again in {}", FailureKind.of(e), pause);
            }
        } while (!stopRequested());
    }

    private boolean stopRequested() {
        try {
            return stop.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Stops after the sweep in progress, waiting up to a minute for it. */
    @Override
    public void close() {
        stop.countDown();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            try {
                running.join(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
