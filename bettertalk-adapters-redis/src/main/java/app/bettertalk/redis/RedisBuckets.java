package app.bettertalk.redis;

import app.bettertalk.core.limits.Allowance;
import app.bettertalk.core.limits.Rate;
import app.bettertalk.core.limits.RateCounter;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Bucket4j's token buckets kept in Redis through Lettuce, so every node of a site counts the same tries: ten posts a
 * minute are ten across all nodes, not ten on each. A bucket's key expires once it would have filled up again.
 * While Redis cannot be reached, each node counts on its own with {@code whileUnreachable} (limits still hold per
 * node) rather than refusing everyone or letting everything through, and counts in Redis again once it answers.
 */
public final class RedisBuckets implements RateCounter, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisBuckets.class);
    /** A try waits at most this long for Redis before it is counted on this node instead. */
    static final Duration ANSWER_WITHIN = Duration.ofMillis(500);

    /** How long a node waits before trying to connect again to a Redis that did not answer. */
    static final Duration RECONNECT_AFTER = Duration.ofSeconds(5);

    private final RedisClient client;
    private final String prefix;
    private final Clock clock;
    private final RateCounter whileUnreachable;
    private final AtomicBoolean unreachable = new AtomicBoolean();
    private volatile Connected connected;
    private Instant nextTry = Instant.MIN;

    /** The one connection, multiplexed by every thread, and the buckets over it. */
    private record Connected(StatefulRedisConnection<String, byte[]> connection, ProxyManager<String> buckets) {
    }

    private RedisBuckets(RedisClient client, String prefix, Clock clock, RateCounter whileUnreachable) {
        this.client = client;
        this.prefix = prefix;
        this.clock = clock;
        this.whileUnreachable = whileUnreachable;
    }

    /**
     * Buckets in the Redis at {@code url} ({@code redis://host:port/db}), every key starting {@code prefix}, timed
     * by {@code clock}. It connects on first use, so a node whose Redis is down when it starts still starts, and
     * counts on its own until Redis answers; a lost connection is re-established by Lettuce.
     */
    public static RedisBuckets connect(String url, String prefix, Clock clock, RateCounter whileUnreachable) {
        var uri = RedisURI.create(url);
        uri.setTimeout(ANSWER_WITHIN);
        var client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(ANSWER_WITHIN))
                .build());
        return new RedisBuckets(client, prefix, clock, whileUnreachable);
    }

    @Override
    public Allowance take(String key, Rate rate) {
        return counted(key, rate, bucket -> {
            var probe = bucket.tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Allowance.GRANTED
                    : new Allowance.Refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }, () -> whileUnreachable.take(key, rate));
    }

    @Override
    public void giveBack(String key, Rate rate) {
        counted(key, rate, bucket -> {
            // addTokens never fills a bucket past its capacity.
            bucket.addTokens(1);
            return Allowance.GRANTED;
        }, () -> {
            whileUnreachable.giveBack(key, rate);
            return Allowance.GRANTED;
        });
    }

    /** The Redis key of {@code key}'s bucket at {@code rate}; the rate is part of it, as on one node. */
    String redisKey(String key, Rate rate) {
        return prefix + "limit:" + key + ":" + rate.count() + "/" + rate.period().toMillis();
    }

    private Allowance counted(String key, Rate rate, Function<BucketProxy, Allowance> inRedis,
                              Supplier<Allowance> onThisNode) {
        try {
            var bucket = connected().buckets().builder().build(redisKey(key, rate), () -> BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(rate.count()).refillGreedy(rate.count(), rate.period()))
                    .build());
            var allowance = inRedis.apply(bucket);
            if (unreachable.compareAndSet(true, false)) {
                LOG.info("Redis answers again: rate limits are counted across nodes");
            }
            return allowance;
        } catch (RuntimeException e) {
            // Keys name accounts and addresses, so the warning names neither.
            if (unreachable.compareAndSet(false, true)) {
                LOG.warn("Redis does not answer ({}): rate limits are counted on this node alone until it does",
                        e.getClass().getSimpleName());
            }
            return onThisNode.get();
        }
    }

    private Connected connected() {
        var current = connected;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (connected == null) {
                var now = clock.instant();
                if (now.isBefore(nextTry)) {
                    throw new IllegalStateException("Redis did not answer a moment ago");
                }
                nextTry = now.plus(RECONNECT_AFTER);
                StatefulRedisConnection<String, byte[]> connection = client.connect(
                        RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                connected = new Connected(connection, Bucket4jLettuce.casBasedBuilder(connection)
                        .clientClock(timeOf(clock))
                        .requestTimeout(ANSWER_WITHIN)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofSeconds(10)))
                        .build());
            }
            return connected;
        }
    }

    @Override
    public synchronized void close() {
        if (connected != null) {
            connected.connection().close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    private static TimeMeter timeOf(Clock clock) {
        return new TimeMeter() {
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
}
