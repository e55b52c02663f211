package app.bettertalk.core.limits;

import java.time.Duration;
import java.util.Objects;

/** What a rate limit says to one more try: go ahead, or wait this long first. */
public sealed interface Allowance {
    Allowance GRANTED = new Granted();

    default boolean granted() {
        return this instanceof Granted;
    }

    /** The try may go ahead; it has been counted. */
    record Granted() implements Allowance {
    }

    /** The limit is reached; a try after {@code retryAfter} would be counted again. */
    record Refused(Duration retryAfter) implements Allowance {
        public Refused {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        /** Whole seconds, at least one, as {@code Retry-After} carries them. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
