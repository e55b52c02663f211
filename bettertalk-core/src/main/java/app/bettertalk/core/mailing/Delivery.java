package app.bettertalk.core.mailing;

import java.util.Objects;

/** What a {@link Mailer} says of one email it was handed. */
public sealed interface Delivery {
    /** The mail server took it, under {@code messageId}. */
    record Accepted(String messageId) implements Delivery {
        public Accepted {
            Objects.requireNonNull(messageId, "messageId");
        }
    }

    /** Not sent this time, and worth another try: a 4xx reply, an unreachable or timed-out server. */
    record Deferred(String reason) implements Delivery {
        public Deferred {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Refused for good: a 5xx reply about this email or its recipient. */
    record Rejected(String reason) implements Delivery {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
