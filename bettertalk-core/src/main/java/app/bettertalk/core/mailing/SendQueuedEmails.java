package app.bettertalk.core.mailing;

import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The email sweep: claims due emails in batches and sends each through the {@link Mailer}, over one connection for
 * the sweep, until nothing is due or the time limit has passed (a batch already claimed is finished). Each email is settled on its own, so a failure
 * of one never holds back the others, and a dispatcher that dies mid-batch loses nothing: its lease expires and
 * another claims what it had not recorded.
 */
@UseCase
public final class SendQueuedEmails {
    private final QueuedEmails queued;
    private final EmailPreferences preferences;
    private final Users users;
    private final Mailer mailer;
    private final UnsubscribeTokens tokens;
    private final DeliveryPolicy policy;
    private final RandomGenerator jitter;
    private final Clock clock;

    public SendQueuedEmails(QueuedEmails queued, EmailPreferences preferences, Users users, Mailer mailer,
                            UnsubscribeTokens tokens, DeliveryPolicy policy, RandomGenerator jitter, Clock clock) {
        this.queued = queued;
        this.preferences = preferences;
        this.users = users;
        this.mailer = mailer;
        this.tokens = tokens;
        this.policy = policy;
        this.jitter = jitter;
        this.clock = clock;
    }

    /** Input of {@link SendQueuedEmails}: emails per claim, and how long to keep claiming. */
    public record Command(int batchSize, Duration timeLimit) {
        public Command {
            if (batchSize < 1 || batchSize > 1_000) {
                throw new DomainException.Validation("batch", "must be 1 to 1000");
            }
            if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
                throw new DomainException.Validation("maxSeconds", "must be a positive duration");
            }
        }
    }

    /** How many emails this sweep sent, put off for a retry, failed for good and skipped as turned off. */
    public record Outcome(int sent, int retried, int failed, int skipped) {
        Outcome plus(DeliveryOutcome one) {
            return switch (one) {
                case DeliveryOutcome.Sent s -> new Outcome(sent + 1, retried, failed, skipped);
                case DeliveryOutcome.RetryLater r -> new Outcome(sent, retried + 1, failed, skipped);
                case DeliveryOutcome.Failed f -> new Outcome(sent, retried, failed + 1, skipped);
                case DeliveryOutcome.Skipped s -> new Outcome(sent, retried, failed, skipped + 1);
            };
        }

        public int total() {
            return sent + retried + failed + skipped;
        }
    }

    public Outcome send(Command command) {
        var deadline = clock.instant().plus(command.timeLimit());
        var outcome = new Outcome(0, 0, 0, 0);
        Mailer.Connection connection = null;
        try {
            while (true) {
                var lease = Lease.taken(clock.instant(), policy.lease());
                var batch = queued.claim(lease, command.batchSize());
                if (batch.isEmpty()) {
                    return outcome;
                }
                // One connection for the whole sweep: opening one per batch costs more than the sends themselves.
                connection = connection == null ? mailer.open() : connection;
                outcome = sendBatch(batch, lease, connection, outcome);
                if (!clock.instant().isBefore(deadline)) {
                    return outcome;
                }
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    private Outcome sendBatch(List<QueuedEmail> batch, Lease lease, Mailer.Connection connection, Outcome sofar) {
        var outcome = sofar;
        var attempt = new Attempt(users, preferences, tokens, policy, jitter, clock);
        for (var email : batch) {
            // Past this point the lease could run out mid-send and another dispatcher claim the same email;
            // what is left waits for the lease to expire and goes out with a later claim.
            if (!clock.instant().isBefore(DeliveryPolicy.lastSendStart(lease))) {
                break;
            }
            var settled = attempt.deliver(email, connection);
            queued.recordOutcome(email.id(), lease, settled);
            outcome = outcome.plus(settled);
        }
        return outcome;
    }
}
