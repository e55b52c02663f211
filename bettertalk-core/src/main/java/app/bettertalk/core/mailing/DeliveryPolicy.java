package app.bettertalk.core.mailing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How hard the dispatcher tries: a temporary failure is retried after {@code firstRetry}, doubling each time up to
 * {@code longestRetry}, each wait drawn between half and all of that (jitter, so a recovering mail server is not hit
 * by every email at once); the attempt numbered {@code maxAttempts} that fails is the last. A claim holds its batch
 * for {@code lease}; a dispatcher stops starting sends once less than a quarter of it is left.
 */
public record DeliveryPolicy(int maxAttempts, Duration firstRetry, Duration longestRetry, Duration lease) {
    /** Ten attempts over about four hours; batches held for five minutes. */
    public static final DeliveryPolicy DEFAULT =
            new DeliveryPolicy(10, Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofMinutes(5));

    public DeliveryPolicy {
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(longestRetry, "longestRetry");
        Objects.requireNonNull(lease, "lease");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        if (firstRetry.toMillis() < 2 || longestRetry.compareTo(firstRetry) < 0 || lease.toMillis() < 4) {
            throw new IllegalArgumentException("retries and the lease must be positive, the longest retry no shorter "
                    + "than the first");
        }
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first), jittered by {@code random}. */
    public Duration retryDelay(int attempt, RandomGenerator random) {
        var ceiling = backoff(attempt).toMillis();
        var half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half)));
    }

    /** The wait after failed attempt number {@code attempt} before jitter: doubling, capped. */
    public Duration backoff(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        var doublings = Math.min(attempt - 1, 40);
        var millis = firstRetry.toMillis();
        for (var i = 0; i < doublings && millis < longestRetry.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, longestRetry.toMillis()));
    }

    /** The last moment a dispatcher holding {@code held} may start a send: a quarter of the lease before its end. */
    static Instant lastSendStart(Lease held) {
        return held.expiresAt().minus(Duration.between(held.takenAt(), held.expiresAt()).dividedBy(4));
    }
}
