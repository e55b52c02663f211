package app.bettertalk.core.notification;

import app.bettertalk.core.shared.DomainException;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a chat must have been silent before a new message earns an email (default 12 hours): a message sent at
 * least this long after the previous one in the same chat breaks the quiet.
 */
public record QuietPeriod(Duration length) {
    public static final QuietPeriod DEFAULT = new QuietPeriod(Duration.ofHours(12));

    public QuietPeriod {
        if (length == null || length.isNegative() || length.isZero()) {
            throw new DomainException.Validation("quietPeriod", "must be a positive duration");
        }
    }

    public boolean isBrokenBy(Instant previousMessageAt, Instant messageAt) {
        return !messageAt.isBefore(previousMessageAt.plus(length));
    }
}
