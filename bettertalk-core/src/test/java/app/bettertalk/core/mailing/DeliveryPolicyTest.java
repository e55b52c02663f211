package app.bettertalk.core.mailing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class DeliveryPolicyTest {
    private final DeliveryPolicy policy = DeliveryPolicy.DEFAULT;

    @Test
    void the_first_retry_waits_between_half_and_all_of_thirty_seconds() {
        var shortest = policy.retryDelay(1, new FixedJitter(0));
        var longest = policy.retryDelay(1, new FixedJitter(0.999_999));

        assertThat(shortest).isEqualTo(Duration.ofSeconds(15));
        assertThat(longest).isBetween(Duration.ofMillis(29_990), Duration.ofSeconds(30));
    }

    @Test
    void the_backoff_doubles_until_it_reaches_two_hours() {
        var backoffs = IntStream.rangeClosed(1, 10).mapToObj(policy::backoff).toList();

        assertThat(backoffs).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32),
                Duration.ofMinutes(64), Duration.ofHours(2), Duration.ofHours(2));
    }

    @Test
    void the_default_gives_an_email_about_four_hours_of_retries() {
        var waitsBeforeTheLastAttempt = IntStream.range(1, policy.maxAttempts()).mapToObj(policy::backoff)
                .reduce(Duration.ZERO, Duration::plus);

        assertThat(waitsBeforeTheLastAttempt).isBetween(Duration.ofHours(3), Duration.ofHours(5));
    }

    @Test
    void a_policy_without_an_attempt_or_with_a_longest_retry_shorter_than_the_first_is_refused() {
        assertThat(catchThrowable(() -> new DeliveryPolicy(0, Duration.ofSeconds(30), Duration.ofHours(1),
                Duration.ofMinutes(5)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> new DeliveryPolicy(3, Duration.ofHours(2), Duration.ofHours(1),
                Duration.ofMinutes(5)))).isInstanceOf(IllegalArgumentException.class);
    }
}
