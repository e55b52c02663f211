package app.bettertalk.notifications;

import app.bettertalk.core.World;
import app.bettertalk.core.mailing.DeliveryOutcome;
import app.bettertalk.core.mailing.EmailStatus;
import app.bettertalk.core.mailing.Lease;
import app.bettertalk.core.mailing.QueuedEmail;
import app.bettertalk.core.mailing.QueuedEmailId;
import app.bettertalk.core.mailing.QueuedEmails;
import app.bettertalk.core.mailing.SendQueuedEmails;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import app.bettertalk.core.shared.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class EmailDispatcherTest {
    private static final SendQueuedEmails.Command SWEEP = new SendQueuedEmails.Command(50, Duration.ofMinutes(1));

    private final World world = new World();

    @Test
    void the_dispatcher_sends_in_the_background_until_it_is_closed() throws Exception {
        world.onboardedUser("asha_k");
        var outbox = new WatchedOutbox(world.outbox);
        var dispatcher = new EmailDispatcher(sweepOver(outbox), SWEEP, Duration.ofMillis(20)).start();

        var sentWhileRunning = outbox.awaitOutcomes(1);
        dispatcher.close();
        world.onboardedUser("ravi_k");

        assertThat(sentWhileRunning).isTrue();
        // close() returned after the sweeping thread ended, so nothing can claim Ravi's email any more.
        assertThat(outbox.sweeper()).isNotNull().matches(sweeper -> !sweeper.isAlive(), "has ended");
        assertThat(world.mailer.accepted()).hasSize(1);
    }

    @Test
    void a_sweep_that_fails_is_tried_again_after_the_pause() throws Exception {
        world.onboardedUser("asha_k");
        var flaky = new WatchedOutbox(world.outbox).failingTheFirstClaim();

        var dispatcher = new EmailDispatcher(sweepOver(flaky), SWEEP, Duration.ofMillis(20)).start();

        var sent = flaky.awaitOutcomes(1);
        dispatcher.close();

        assertThat(sent).isTrue();
        assertThat(world.mailer.accepted()).hasSize(1);
        assertThat(flaky.claims()).isGreaterThanOrEqualTo(2);
    }

    private SendQueuedEmails sweepOver(QueuedEmails outbox) {
        return new SendQueuedEmails(outbox, world.emailPreferences, world.users, world.mailer,
                world.unsubscribeTokens, world.deliveryPolicy, world.jitter, world.clock);
    }

    /**
     * The outbox as the dispatcher's thread sees it: a test waits here for the outcomes it expects instead of polling,
     * and learns which thread swept. It may fail the first claim, as an unreachable database would.
     */
    private static final class WatchedOutbox implements QueuedEmails {
        private final QueuedEmails outbox;
        private final AtomicInteger claims = new AtomicInteger();
        private final Semaphore outcomes = new Semaphore(0);
        private volatile Thread sweeper;
        private volatile boolean firstClaimFails;

        WatchedOutbox(QueuedEmails outbox) {
            this.outbox = outbox;
        }

        WatchedOutbox failingTheFirstClaim() {
            firstClaimFails = true;
            return this;
        }

        /** Whether {@code count} outcomes were recorded; the bound only limits how long a broken dispatcher hangs. */
        boolean awaitOutcomes(int count) throws InterruptedException {
            return outcomes.tryAcquire(count, 10, TimeUnit.SECONDS);
        }

        int claims() {
            return claims.get();
        }

        Thread sweeper() {
            return sweeper;
        }

        @Override
        public List<QueuedEmail> toRecipient(UserId recipient, int limit) {
            return outbox.toRecipient(recipient, limit);
        }

        @Override
        public int dropUnsentTo(UserId recipient) {
            return outbox.dropUnsentTo(recipient);
        }

        @Override
        public List<QueuedEmail> claim(Lease lease, int limit) {
            sweeper = Thread.currentThread();
            if (claims.incrementAndGet() == 1 && firstClaimFails) {
                throw new IllegalStateException("the database is unreachable");
            }
            return outbox.claim(lease, limit);
        }

        @Override
        public boolean recordOutcome(QueuedEmailId id, Lease lease, DeliveryOutcome outcome) {
            var recorded = outbox.recordOutcome(id, lease, outcome);
            outcomes.release();
            return recorded;
        }

        @Override
        public Optional<QueuedEmail> byId(QueuedEmailId id) {
            return outbox.byId(id);
        }

        @Override
        public List<QueuedEmail> list(Set<EmailStatus> statuses, int limit) {
            return outbox.list(statuses, limit);
        }

        @Override
        public boolean requeue(QueuedEmailId id, Instant dueAt) {
            return outbox.requeue(id, dueAt);
        }
    }
}
