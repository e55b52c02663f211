package app.bettertalk.core.mailing;

import app.bettertalk.core.safety.ContactDetails;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.FailureKind;

import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** One try at one claimed email: whom it goes to, whether they still want it, and what the mailer said. */
final class Attempt {
    private final Users users;
    private final EmailPreferences preferences;
    private final UnsubscribeTokens tokens;
    private final DeliveryPolicy policy;
    private final RandomGenerator jitter;
    private final Clock clock;

    Attempt(Users users, EmailPreferences preferences, UnsubscribeTokens tokens, DeliveryPolicy policy,
            RandomGenerator jitter, Clock clock) {
        this.users = users;
        this.preferences = preferences;
        this.tokens = tokens;
        this.policy = policy;
        this.jitter = jitter;
        this.clock = clock;
    }

    DeliveryOutcome deliver(QueuedEmail queued, Mailer.Connection connection) {
        var email = queued.email();
        var kind = email.kind();
        var recipient = users.byId(email.recipient());
        if (recipient.isEmpty()) {
            return new DeliveryOutcome.Failed("the recipient has no account", clock.instant());
        }
        if (kind.optional() && preferences.turnedOff(email.recipient()).contains(kind)) {
            return new DeliveryOutcome.Skipped("the recipient turned these emails off", clock.instant());
        }
        var delivery = send(connection, outgoing(queued, recipient.get()));
        var at = clock.instant();
        return switch (delivery) {
            case Delivery.Accepted accepted -> new DeliveryOutcome.Sent(accepted.messageId(), at);
            case Delivery.Rejected rejected -> new DeliveryOutcome.Failed(kept(rejected.reason()), at);
            case Delivery.Deferred deferred -> retryOrGiveUp(queued.attempts() + 1, kept(deferred.reason()), at);
        };
    }

    private OutgoingEmail outgoing(QueuedEmail queued, User recipient) {
        var email = queued.email();
        var token = email.kind().optional() ? tokens.issue(recipient.id(), email.kind()) : "";
        return new OutgoingEmail(queued.id(), email, recipient.email(), token);
    }

    /** A mailer should answer every failure with a Delivery; one that throws is treated as a temporary failure. */
    private static Delivery send(Mailer.Connection connection, OutgoingEmail outgoing) {
        try {
            return connection.deliver(outgoing);
        } catch (RuntimeException unexpected) {
            return new Delivery.Deferred("the mailer failed: " + FailureKind.of(unexpected));
        }
    }

    /**
     * A mail server's reason as it is kept and shown to operators: servers name the recipient ("550 <asha@...>:
     * no such user"), and operators see people by account id only.
     */
    static String kept(String reason) {
        return ContactDetails.mask(reason).text();
    }

    private DeliveryOutcome retryOrGiveUp(int attempt, String reason, Instant at) {
        if (attempt >= policy.maxAttempts()) {
            return new DeliveryOutcome.Failed("gave up after " + attempt + " attempts: " + reason, at);
        }
        return new DeliveryOutcome.RetryLater(reason, at, at.plus(policy.retryDelay(attempt, jitter)));
    }
}
