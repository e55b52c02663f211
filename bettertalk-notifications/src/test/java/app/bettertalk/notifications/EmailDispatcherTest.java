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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class EmailDispatcherTest {
    private static final SendQueuedEmails.Command SWEEP = new SendQueuedEmails.Command(50, Duration.ofMinutes(1));

    private final World world = new World();

    @Test
    void the_dispatcher_sends_in_the_background_until_it_is_closed() throws Exception {
        world.onboardedUser("asha_k");
        var dispatcher = new EmailDispatcher(world.sendQueuedEmails, SWEEP, Duration.ofMillis(20)).start();

        var sentWhileRunning = eventually(() -> world.mailer.accepted().size() == 1);
        dispatcher.close();
        world.onboardedUser("ravi_k");
        Thread.sleep(200);

        assertThat(sentWhileRunning).isTrue();
        assertThat(world.mailer.accepted()).hasSize(1);
    }

    @Test
    void a_sweep_that_fails_is_tried_again_after_the_pause() throws Exception {
        world.onboardedUser("asha_k");
        var flaky = new FailingFirstClaim(world.outbox);
        var sweep = new SendQueuedEmails(flaky, world.emailPreferences, world.users, world.mailer,
                world.unsubscribeTokens, world.deliveryPolicy, world.jitter, world.clock);

        var dispatcher = new EmailDispatcher(sweep, SWEEP, Duration.ofMillis(20)).start();

        var sent = eventually(() -> world.mailer.accepted().size() == 1);
        dispatcher.close();

        assertThat(sent).isTrue();
        assertThat(flaky.claims.get()).isGreaterThanOrEqualTo(2);
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        for (var i = 0; i < 500; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** The outbox, but the database is unreachable for the first claim. */
    private static final class FailingFirstClaim implements QueuedEmails {
        private final QueuedEmails outbox;
        private final AtomicInteger claims = new AtomicInteger();

        FailingFirstClaim(QueuedEmails outbox) {
            this.outbox = outbox;
        }

        @Override
        public List<QueuedEmail> claim(Lease lease, int limit) {
            if (claims.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is unreachable");
            }
            return outbox.claim(lease, limit);
        }

        @Override
        public boolean recordOutcome(QueuedEmailId id, Lease lease, DeliveryOutcome outcome) {
            return outbox.recordOutcome(id, lease, outcome);
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
