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
}
