package app.bettertalk.core.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A token bucket per key in a map, for the core's own tests; the web adapter counts with Bucket4j. */
public final class InMemoryRateCounter implements RateCounter {
    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    public InMemoryRateCounter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Allowance take(String key, Rate rate) {
        var now = clock.instant();
        var bucket = buckets.computeIfAbsent(key, ignored -> new Bucket(rate.count(), now));
        var perToken = rate.period().dividedBy(rate.count());
        var refilled = Duration.between(bucket.since, now).toNanos() / (double) perToken.toNanos();
        bucket.tokens = Math.min(rate.count(), bucket.tokens + refilled);
        bucket.since = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Allowance.GRANTED;
        }
        return new Allowance.Refused(Duration.ofNanos((long) ((1 - bucket.tokens) * perToken.toNanos())));
    }

    @Override
    public synchronized void giveBack(String key, Rate rate) {
        var bucket = buckets.get(key);
        if (bucket != null) {
            bucket.tokens = Math.min(rate.count(), bucket.tokens + 1);
        }
    }

    private static final class Bucket {
        private double tokens;
        private Instant since;

        private Bucket(double tokens, Instant since) {
            this.tokens = tokens;
            this.since = since;
        }
    }
}
