package app.bettertalk.web.limits;

import app.bettertalk.core.limits.Allowance;
import app.bettertalk.core.limits.Rate;
import app.bettertalk.core.limits.RateCounter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bucket4j's in-memory token buckets, one per key and rate, on the core's clock: the counter for one node. A bucket
 * that has filled up again is the same as a new one, so such buckets are let go once there are many.
 */
public final class LocalBuckets implements RateCounter {
    /** Beyond this many buckets, full ones are let go. */
    static final int KEEP = 10_000;
    private static final int SWEEP_EVERY = 1_024;

    private final TimeMeter time;
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong takes = new AtomicLong();

    public LocalBuckets(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Override
    public Allowance take(String key, Rate rate) {
        if (takes.incrementAndGet() % SWEEP_EVERY == 0 && buckets.size() > KEEP) {
            letGoOfFullBuckets();
        }
        var probe = buckets.computeIfAbsent(new Key(key, rate), this::bucket).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Allowance.GRANTED
                : new Allowance.Refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public void giveBack(String key, Rate rate) {
        var bucket = buckets.get(new Key(key, rate));
        if (bucket != null && bucket.getAvailableTokens() < rate.count()) {
            bucket.addTokens(1);
        }
    }

    int size() {
        return buckets.size();
    }

    private Bucket bucket(Key key) {
        var rate = key.rate();
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(rate.count()).refillGreedy(rate.count(), rate.period()))
                .withCustomTimePrecision(time)
                .build();
    }

    private void letGoOfFullBuckets() {
        buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= entry.getKey().rate().count());
    }

    /** The rate is part of the key: an account that stops being new gets a bucket of its new rate. */
    private record Key(String key, Rate rate) {
    }
}
