package app.bettertalk.cli;

import app.bettertalk.core.limits.LimitedAction;
import app.bettertalk.core.limits.Rate;
import app.bettertalk.core.limits.RateLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitSettingsTest {
    @TempDir
    Path userHome;

    private Settings resolve(Map<String, String> env) {
        return Settings.resolve(Map.of(), env, null, userHome);
    }

    @Test
    void unset_limits_are_the_shipped_ones() {
        assertThat(resolve(Map.of()).rateLimits()).isEqualTo(RateLimits.DEFAULT);
    }

    @Test
    void each_action_takes_an_account_a_new_account_and_an_address_rate() throws IOException {
        var home = userHome.resolve(".bettertalk");
        Files.createDirectories(home);
        Files.writeString(home.resolve("config.properties"), "limits.comment=40/10m,10/10m,200/10m\n");
        var env = new HashMap<String, String>();
        env.put("BETTERTALK_LIMITS_POST", " 3/10m, 1/h ,20/10m");
        env.put("BETTERTALK_LIMITS_NEW_ACCOUNT_FOR", "48h");
        env.put("BETTERTALK_LIMITS_SOCKETS_PER_SESSION", "8");

        var limits = resolve(env).rateLimits();

        assertThat(limits.of(LimitedAction.POST)).isEqualTo(new RateLimits.ActionLimits(Rate.parse("3/10m"),
                Rate.parse("1/h"), Rate.parse("20/10m")));
        assertThat(limits.of(LimitedAction.COMMENT).account()).isEqualTo(Rate.parse("40/10m"));
        assertThat(limits.of(LimitedAction.MESSAGE)).isEqualTo(RateLimits.DEFAULT.of(LimitedAction.MESSAGE));
        assertThat(limits.newAccountFor()).isEqualTo(Duration.ofHours(48));
        assertThat(limits.socketsPerSession()).isEqualTo(8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BETTERTALK_LIMITS_POST|5/m|BETTERTALK_LIMITS_POST is three rates, for an account, a new account and an "
                    + "address, such as 6/10m,2/10m,30/10m; not 5/m",
            "BETTERTALK_LIMITS_MESSAGE|30/m,lots,100/m|BETTERTALK_LIMITS_MESSAGE: a rate looks like 5/10m, 30/m or "
                    + "100/h, not lots",
            "BETTERTALK_LIMITS_NEW_ACCOUNT_FOR|a while|BETTERTALK_LIMITS_NEW_ACCOUNT_FOR must be a length from 0s "
                    + "to 30d, such as 24h, not a while",
            "BETTERTALK_LIMITS_SOCKETS_PER_SESSION|0|BETTERTALK_LIMITS_SOCKETS_PER_SESSION must be a number from 1 "
                    + "to 100, not 0"})
    void a_limit_that_cannot_be_read_is_refused_with_its_name(String variable, String value, String message) {
        assertThatThrownBy(() -> resolve(Map.of(variable, value))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void without_redis_limits_are_counted_on_the_node_and_with_it_under_a_prefix() {
        assertThat(resolve(Map.of()).redis()).isEmpty();

        var shared = resolve(Map.of("BETTERTALK_REDIS_URL", " redis://:s3cret@10.0.0.5:6379/2 ")).redis().orElseThrow();
        var named = resolve(Map.of("BETTERTALK_REDIS_URL", "rediss://cache.internal:6380",
                "BETTERTALK_REDIS_PREFIX", "site-b:")).redis().orElseThrow();

        assertThat(shared.url()).isEqualTo("redis://:s3cret@10.0.0.5:6379/2");
        assertThat(shared.prefix()).isEqualTo("bettertalk:");
        assertThat(shared.toString()).doesNotContain("s3cret").doesNotContain("10.0.0.5");
        assertThat(named.prefix()).isEqualTo("site-b:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://10.0.0.5:6379|bettertalk:|BETTERTALK_REDIS_URL must start with redis:// or rediss://",
            "redis://10.0.0.5|has space|BETTERTALK_REDIS_PREFIX must be up to 100 printable ASCII characters "
                    + "without spaces"})
    void a_redis_setting_that_cannot_be_used_is_refused_without_printing_it(String url, String prefix,
                                                                          String message) {
        assertThatThrownBy(() -> resolve(Map.of("BETTERTALK_REDIS_URL", url, "BETTERTALK_REDIS_PREFIX", prefix)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
