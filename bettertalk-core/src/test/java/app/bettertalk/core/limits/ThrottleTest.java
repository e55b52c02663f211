package app.bettertalk.core.limits;

import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleTest {
    private static final RateLimits LIMITS = RateLimits.DEFAULT
            .with(LimitedAction.POST, new RateLimits.ActionLimits(Rate.parse("3/10m"), Rate.parse("1/10m"),
                    Rate.parse("5/10m")));

    private TestClock clock;
    private Throttle throttle;
    private User settled;

    @BeforeEach
    void setUp() {
        clock = new TestClock();
        throttle = new Throttle(new InMemoryRateCounter(clock), LIMITS, clock);
        settled = user(clock.instant().minus(Duration.ofDays(3)));
    }

    @Test
    void an_account_gets_its_rate_and_then_a_wait() {
        for (var i = 0; i < 3; i++) {
            assertThat(throttle.allow(LimitedAction.POST, Optional.of(settled), "10.0.0.1").granted()).isTrue();
        }

        var fourth = throttle.allow(LimitedAction.POST, Optional.of(settled), "10.0.0.2");

        assertThat(fourth).isInstanceOf(Allowance.Refused.class);
        assertThat(((Allowance.Refused) fourth).retryAfter()).isPositive();
    }

    @Test
    void an_account_in_its_first_day_has_the_tighter_rate_until_the_day_is_over() {
        var newcomer = user(clock.instant().minus(Duration.ofHours(2)));

        assertThat(throttle.isNew(newcomer)).isTrue();
        assertThat(throttle.allow(LimitedAction.POST, Optional.of(newcomer), "10.0.0.1").granted()).isTrue();
        assertThat(throttle.allow(LimitedAction.POST, Optional.of(newcomer), "10.0.0.1").granted()).isFalse();

        clock.advance(Duration.ofHours(22));

        assertThat(throttle.isNew(newcomer)).isFalse();
        assertThat(throttle.allow(LimitedAction.POST, Optional.of(newcomer), "10.0.0.1").granted()).isTrue();
        assertThat(throttle.allow(LimitedAction.POST, Optional.of(newcomer), "10.0.0.1").granted()).isTrue();
    }

    @Test
    void one_address_is_held_to_its_rate_across_accounts() {
        for (var i = 0; i < 5; i++) {
            var someone = user(clock.instant().minus(Duration.ofDays(3)));
            assertThat(throttle.allow(LimitedAction.POST, Optional.of(someone), "10.0.0.9").granted()).isTrue();
        }

        var sixth = throttle.allow(LimitedAction.POST, Optional.of(settled), "10.0.0.9");

        assertThat(sixth.granted()).isFalse();
        assertThat(throttle.allow(LimitedAction.POST, Optional.of(settled), "10.0.0.10").granted()).isTrue();
    }

    @Test
    void without_an_account_only_the_address_is_counted() {
        var signIns = LIMITS.of(LimitedAction.SIGN_IN).address().count();
        for (var i = 0; i < signIns; i++) {
            assertThat(throttle.allow(LimitedAction.SIGN_IN, Optional.empty(), "10.0.0.1").granted()).isTrue();
        }

        assertThat(throttle.allow(LimitedAction.SIGN_IN, Optional.empty(), "10.0.0.1").granted()).isFalse();
    }

    @Test
    void actions_are_counted_apart() {
        for (var i = 0; i < 3; i++) {
            throttle.allow(LimitedAction.POST, Optional.of(settled), "10.0.0.1");
        }

        assertThat(throttle.allow(LimitedAction.POST, Optional.of(settled), "10.0.0.1").granted()).isFalse();
        assertThat(throttle.allow(LimitedAction.COMMENT, Optional.of(settled), "10.0.0.1").granted()).isTrue();
    }

    @Test
    void when_both_refuse_the_longer_wait_is_given() {
        var tight = RateLimits.DEFAULT.with(LimitedAction.REPORT, new RateLimits.ActionLimits(Rate.parse("1/h"),
                Rate.parse("1/h"), Rate.parse("1/m")));
        var strict = new Throttle(new InMemoryRateCounter(clock), tight, clock);
        strict.allow(LimitedAction.REPORT, Optional.of(settled), "10.0.0.1");

        var second = strict.allow(LimitedAction.REPORT, Optional.of(settled), "10.0.0.1");

        assertThat(((Allowance.Refused) second).retryAfter()).isGreaterThan(Duration.ofMinutes(50));
    }

    private static User user(java.time.Instant createdAt) {
        var id = UserId.random();
        return User.signedUp(id, new GoogleSubject("google-" + id.value()), new EmailAddress(id.value() + "@example.com"),
                "Someone", createdAt);
    }
}
