package app.bettertalk.core.limits;

import app.bettertalk.core.shared.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link RateCounter} promises; an adapter's test extends this with a fresh counter on a test clock. */
public abstract class RateCounterContract {
    private static final Rate FIVE_PER_MINUTE = Rate.parse("5/m");

    protected TestClock clock;
    private RateCounter counter;

    /** A counter with nothing counted yet that reads time from {@code clock}. */
    protected abstract RateCounter freshCounter(TestClock clock);

    @BeforeEach
    void openCounter() {
        clock = new TestClock();
        counter = freshCounter(clock);
    }

    @Test
    void a_burst_up_to_the_count_is_granted_and_the_next_try_is_refused() {
        for (var i = 0; i < 5; i++) {
            assertThat(counter.take("post:account:a", FIVE_PER_MINUTE).granted()).as("try %d", i + 1).isTrue();
        }

        var sixth = counter.take("post:account:a", FIVE_PER_MINUTE);

        assertThat(sixth).isInstanceOf(Allowance.Refused.class);
        // One try comes back each period / count: twelve seconds here.
        assertThat(((Allowance.Refused) sixth).retryAfter()).isBetween(Duration.ofSeconds(11), Duration.ofSeconds(12));
    }

    @Test
    void a_refused_try_does_not_use_up_the_next_one() {
        for (var i = 0; i < 5; i++) {
            counter.take("k", FIVE_PER_MINUTE);
        }
        for (var i = 0; i < 10; i++) {
            assertThat(counter.take("k", FIVE_PER_MINUTE).granted()).isFalse();
        }

        clock.advance(Duration.ofSeconds(12));

        assertThat(counter.take("k", FIVE_PER_MINUTE).granted()).isTrue();
        assertThat(counter.take("k", FIVE_PER_MINUTE).granted()).isFalse();
    }

    @Test
    void after_a_whole_period_the_whole_burst_is_back() {
        for (var i = 0; i < 5; i++) {
            counter.take("k", FIVE_PER_MINUTE);
        }

        clock.advance(Duration.ofMinutes(1));

        for (var i = 0; i < 5; i++) {
            assertThat(counter.take("k", FIVE_PER_MINUTE).granted()).isTrue();
        }
        assertThat(counter.take("k", FIVE_PER_MINUTE).granted()).isFalse();
    }

    @Test
    void a_try_given_back_can_be_made_again_but_never_beyond_the_burst() {
        for (var i = 0; i < 5; i++) {
            counter.take("k", FIVE_PER_MINUTE);
        }

        counter.giveBack("k", FIVE_PER_MINUTE);

        assertThat(counter.take("k", FIVE_PER_MINUTE).granted()).isTrue();
        assertThat(counter.take("k", FIVE_PER_MINUTE).granted()).isFalse();
        counter.giveBack("never-taken", FIVE_PER_MINUTE);
        for (var i = 0; i < 5; i++) {
            assertThat(counter.take("never-taken", FIVE_PER_MINUTE).granted()).isTrue();
        }
        assertThat(counter.take("never-taken", FIVE_PER_MINUTE).granted()).isFalse();
    }

    @Test
    void each_key_is_counted_on_its_own() {
        for (var i = 0; i < 5; i++) {
            counter.take("post:account:a", FIVE_PER_MINUTE);
        }

        assertThat(counter.take("post:account:a", FIVE_PER_MINUTE).granted()).isFalse();
        assertThat(counter.take("post:account:b", FIVE_PER_MINUTE).granted()).isTrue();
        assertThat(counter.take("comment:account:a", FIVE_PER_MINUTE).granted()).isTrue();
    }

    @Test
    void a_rate_of_one_refuses_the_second_try_for_the_whole_period() {
        var once = Rate.parse("1/h");

        assertThat(counter.take("k", once).granted()).isTrue();
        var second = counter.take("k", once);

        assertThat(((Allowance.Refused) second).retryAfter()).isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
        assertThat(((Allowance.Refused) second).retryAfterSeconds()).isBetween(3_540L, 3_600L);
    }
}
