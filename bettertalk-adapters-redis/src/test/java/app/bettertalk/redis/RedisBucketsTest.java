package app.bettertalk.redis;

import app.bettertalk.core.limits.Allowance;
import app.bettertalk.core.limits.Rate;
import app.bettertalk.core.limits.RateCounter;
import app.bettertalk.core.shared.TestClock;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buckets on the machine's shared Redis (127.0.0.1:6379), under a prefix of this test's own; the tests that stop
 * Redis use a private redis-server.
 */
class RedisBucketsTest {
    private static final String SHARED = "redis://127.0.0.1:6379";
    private static final Rate THREE_A_MINUTE = new Rate(3, Duration.ofMinutes(1));

    private final String prefix = "bettertalk-test:" + UUID.randomUUID() + ":";
    private final TestClock clock = new TestClock();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final CountingOnThisNode fallback = new CountingOnThisNode();

    /** Stands in for the node's own in-memory buckets: grants everything and counts what it was asked. */
    private static final class CountingOnThisNode implements RateCounter {
        int takes;
        int givenBack;

        @Override
        public Allowance take(String key, Rate rate) {
            takes++;
            return Allowance.GRANTED;
        }

        @Override
        public void giveBack(String key, Rate rate) {
            givenBack++;
        }
    }

    private RedisBuckets node(String url, String keyPrefix) {
        var buckets = RedisBuckets.connect(url, keyPrefix, clock, fallback);
        opened.add(buckets);
        return buckets;
    }

    private RedisBuckets node() {
        return node(SHARED, prefix);
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (var each : opened) {
            each.close();
        }
        var client = RedisClient.create(SHARED);
        try (StatefulRedisConnection<String, String> plain = client.connect()) {
            var keys = plain.sync().scan(ScanArgs.Builder.matches(prefix + "*").limit(10_000)).getKeys();
            if (!keys.isEmpty()) {
                plain.sync().del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }

    @Test
    void two_nodes_count_the_same_tries() {
        var a = node();
        var b = node();

        assertThat(a.take("post:account:asha", THREE_A_MINUTE)).isEqualTo(Allowance.GRANTED);
        assertThat(b.take("post:account:asha", THREE_A_MINUTE)).isEqualTo(Allowance.GRANTED);
        assertThat(a.take("post:account:asha", THREE_A_MINUTE)).isEqualTo(Allowance.GRANTED);
        var refusedOnB = b.take("post:account:asha", THREE_A_MINUTE);
        var refusedOnA = a.take("post:account:asha", THREE_A_MINUTE);

        assertThat(refusedOnB).isInstanceOfSatisfying(Allowance.Refused.class, refused -> assertThat(refused.retryAfter())
                .isGreaterThan(Duration.ofSeconds(19)).isLessThanOrEqualTo(Duration.ofSeconds(20)));
        assertThat(refusedOnA).isInstanceOf(Allowance.Refused.class);
        assertThat(b.take("post:account:ravi", THREE_A_MINUTE)).isEqualTo(Allowance.GRANTED);
        assertThat(fallback.takes).isZero();
    }

    @Test
    void another_prefix_and_another_rate_are_other_buckets() {
        var site = node();
        var otherSite = node(SHARED, prefix + "other:");
        for (var i = 0; i < 3; i++) {
            site.take("sign_in:address:10.0.0.1", THREE_A_MINUTE);
        }

        assertThat(site.take("sign_in:address:10.0.0.1", THREE_A_MINUTE)).isInstanceOf(Allowance.Refused.class);
        assertThat(otherSite.take("sign_in:address:10.0.0.1", THREE_A_MINUTE)).isEqualTo(Allowance.GRANTED);
        assertThat(site.take("sign_in:address:10.0.0.1", new Rate(10, Duration.ofMinutes(1))))
                .isEqualTo(Allowance.GRANTED);
    }

    @Test
    void a_try_given_back_on_one_node_can_be_taken_on_another_but_never_beyond_the_rate() {
        var a = node();
        var b = node();
        a.giveBack("message:account:asha", THREE_A_MINUTE);
        for (var i = 0; i < 3; i++) {
            assertThat(a.take("message:account:asha", THREE_A_MINUTE)).isEqualTo(Allowance.GRANTED);
        }
        assertThat(b.take("message:account:asha", THREE_A_MINUTE)).isInstanceOf(Allowance.Refused.class);

        a.giveBack("message:account:asha", THREE_A_MINUTE);

        assertThat(b.take("message:account:asha", THREE_A_MINUTE)).isEqualTo(Allowance.GRANTED);
        assertThat(a.take("message:account:asha", THREE_A_MINUTE)).isInstanceOf(Allowance.Refused.class);
    }

    @Test
    void tries_come_back_as_the_clock_moves_and_the_key_expires_in_redis() {
        var a = node();
        for (var i = 0; i < 3; i++) {
            a.take("report:account:asha", THREE_A_MINUTE);
        }
        clock.advance(Duration.ofSeconds(20));

        assertThat(a.take("report:account:asha", THREE_A_MINUTE)).isEqualTo(Allowance.GRANTED);
        assertThat(a.take("report:account:asha", THREE_A_MINUTE)).isInstanceOf(Allowance.Refused.class);
        var client = RedisClient.create(SHARED);
        try (StatefulRedisConnection<String, String> plain = client.connect()) {
            var key = a.redisKey("report:account:asha", THREE_A_MINUTE);
            assertThat(key).startsWith(prefix);
            assertThat(plain.sync().exists(key)).isEqualTo(1);
            assertThat(plain.sync().pttl(key)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(80).toMillis());
        } finally {
            client.shutdown();
        }
    }

    @Test
    void a_node_whose_redis_does_not_answer_counts_on_its_own_and_comes_back_when_it_answers() {
        var redis = new PrivateRedis();
        opened.add(redis);
        var node = node(redis.url(), prefix);

        assertThat(node.take("post:account:asha", THREE_A_MINUTE)).isEqualTo(Allowance.GRANTED);
        node.giveBack("post:account:asha", THREE_A_MINUTE);
        assertThat(fallback.takes).isEqualTo(1);
        assertThat(fallback.givenBack).isEqualTo(1);

        redis.start();
        clock.advance(RedisBuckets.RECONNECT_AFTER);
        for (var i = 0; i < 3; i++) {
            assertThat(node.take("post:account:asha", THREE_A_MINUTE)).isEqualTo(Allowance.GRANTED);
        }
        assertThat(node.take("post:account:asha", THREE_A_MINUTE)).isInstanceOf(Allowance.Refused.class);
        assertThat(fallback.takes).isEqualTo(1);

        redis.kill();

        assertThat(node.take("post:account:asha", THREE_A_MINUTE)).isEqualTo(Allowance.GRANTED);
        assertThat(fallback.takes).isEqualTo(2);
    }
}
