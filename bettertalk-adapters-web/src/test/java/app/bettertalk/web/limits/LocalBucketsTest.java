package app.bettertalk.web.limits;

import app.bettertalk.core.limits.Rate;
import app.bettertalk.core.limits.RateCounter;
import app.bettertalk.core.limits.RateCounterContract;
import app.bettertalk.core.shared.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LocalBucketsTest extends RateCounterContract {
    @Override
    protected RateCounter freshCounter(TestClock clock) {
        return new LocalBuckets(clock);
    }

    @Test
    void full_buckets_are_let_go_once_there_are_many_and_busy_ones_are_kept() {
        var buckets = new LocalBuckets(clock);
        var rate = Rate.parse("2/m");
        buckets.take("busy", rate);
        buckets.take("busy", rate);
        var quick = Rate.parse("1/10s");
        for (var i = 0; i < LocalBuckets.KEEP + 1; i++) {
            buckets.take("once:" + i, quick);
        }
        clock.advance(Duration.ofSeconds(20));

        for (var i = 0; i < 1_100; i++) {
            buckets.take("later:" + i, quick);
        }

        assertThat(buckets.size()).isLessThan(LocalBuckets.KEEP);
        // Still empty: its two tries come back one each 30 s, so it was kept and refuses a third.
        assertThat(buckets.take("busy", rate).granted()).isFalse();
    }
}
