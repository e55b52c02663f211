package app.bettertalk.core.mailing;

import java.time.Instant;
import java.util.Objects;

/** What became of one claimed email, as the dispatcher records it. Reasons are kept to 1000 characters. */
public sealed interface DeliveryOutcome {
    int MAX_REASON = 1000;

    /** When the outcome was decided. */
    Instant at();

    /** The mail server accepted it under {@code messageId}. */
    record Sent(String messageId, Instant at) implements DeliveryOutcome {
        public Sent {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A temporary failure: try again at {@code dueAt}. */
    record RetryLater(String reason, Instant at, Instant dueAt) implements DeliveryOutcome {
        public RetryLater {
            reason = cut(reason);
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(dueAt, "dueAt");
        }
    }

    /** Refused for good (a 5xx reply) or given up on after the last retry. */
    record Failed(String reason, Instant at) implements DeliveryOutcome {
        public Failed {
            reason = cut(reason);
            Objects.requireNonNull(at, "at");
        }
    }

    /** Not sent: the recipient turned this kind of email off. */
    record Skipped(String reason, Instant at) implements DeliveryOutcome {
        public Skipped {
            reason = cut(reason);
            Objects.requireNonNull(at, "at");
        }
    }

    private static String cut(String reason) {
        var text = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
    }
}
