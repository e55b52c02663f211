package app.bettertalk.core.mailing;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryPolicyPropertiesTest {
    private final DeliveryPolicy policy = DeliveryPolicy.DEFAULT;

    @Property
    void every_wait_lies_between_half_and_all_of_its_backoff(
            @ForAll @IntRange(min = 1, max = 1_000) int attempt,
            @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double fraction) {
        var backoff = policy.backoff(attempt);

        var wait = policy.retryDelay(attempt, new FixedJitter(fraction));

        assertThat(wait).isBetween(backoff.dividedBy(2), backoff);
    }

    @Property
    void a_later_attempt_never_backs_off_less_and_never_beyond_the_longest_retry(
            @ForAll @IntRange(min = 1, max = 1_000) int attempt) {
        var now = policy.backoff(attempt);
        var next = policy.backoff(attempt + 1);

        assertThat(next).isGreaterThanOrEqualTo(now).isLessThanOrEqualTo(policy.longestRetry());
    }
}
