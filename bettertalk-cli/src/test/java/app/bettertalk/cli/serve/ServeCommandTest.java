package app.bettertalk.cli.serve;

import app.bettertalk.cli.BetterTalk;
import app.bettertalk.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    @TempDir
    Path home;

    @Test
    void development_sign_in_is_refused_on_a_host_that_is_not_loopback() {
        var err = new StringWriter();

        var code = BetterTalk.run(new String[] {"serve", "--dev-login", "--host", "0.0.0.0"},
                Map.of("BETTERTALK_HOME", home.toString()), home, Clock.systemUTC(), new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("only allowed on a loopback host");
    }

    @Test
    void a_quiet_period_shorter_than_a_minute_is_a_usage_error() {
        var err = new StringWriter();

        var code = BetterTalk.run(new String[] {"serve", "--quiet-period", "30s"},
                Map.of("BETTERTALK_HOME", home.toString()), home, Clock.systemUTC(), new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--quiet-period: the quiet period must be 1m to 30d, not 30s");
    }

    @Test
    void a_chat_sweep_interval_below_one_second_is_a_usage_error() {
        var err = new StringWriter();

        var code = BetterTalk.run(new String[] {"serve", "--chat-sweep-interval", "0"},
                Map.of("BETTERTALK_HOME", home.toString()), home, Clock.systemUTC(), new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--chat-sweep-interval must be at least 1");
    }

    @Test
    void serve_on_a_fresh_home_migrates_the_embedded_database_answers_health_and_stops_when_told() throws Exception {
        var out = new StringWriter();
        var stop = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var serving = pool.submit(() -> BetterTalk.run(new String[] {"serve", "--dev-login", "--port", "0"},
                    Map.of("BETTERTALK_HOME", home.toString()), home, Clock.systemUTC(), new PrintWriter(out),
                    new PrintWriter(new StringWriter()), stop));
            var port = awaitPort(out);

            var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            var signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/signin")).build(), HttpResponse.BodyHandlers.ofString());
            stop.countDown();

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"database\":\"ready\"");
            assertThat(signIn.body()).contains("Development sign-in is on");
            assertThat(serving.get()).isEqualTo(ExitCodes.OK);
        }
    }

    static int awaitPort(StringWriter out) throws InterruptedException {
        var serving = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var matcher = serving.matcher(out.toString());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not say where it serves within 60 s: " + out);
    }
}
