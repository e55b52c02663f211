package app.bettertalk.cli.serve;

import app.bettertalk.cli.BetterTalk;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code serve} nodes on one MariaDB schema and the machine's shared Redis (under a key prefix of this run's own):
 * a rate limit is one limit across both, refused with 429 before anything is stored.
 */
class SharedLimitsTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path homes;

    private final String prefix = "bettertalk-test:" + UUID.randomUUID() + ":";
    private final CountDownLatch stop = new CountDownLatch(1);
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<Future<Integer>> nodes = new ArrayList<>();
    private Database database;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.emptied(SharedLimitsTest.class, Target.SERVER);
    }

    @AfterEach
    void stopNodes() throws Exception {
        stop.countDown();
        for (var node : nodes) {
            assertThat(node.get()).isEqualTo(ExitCodes.OK);
        }
        pool.shutdown();
        var client = RedisClient.create("redis://127.0.0.1:6379");
        try (var plain = client.connect()) {
            var keys = plain.sync().scan(ScanArgs.Builder.matches(prefix + "*").limit(10_000)).getKeys();
            if (!keys.isEmpty()) {
                plain.sync().del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }

    private int node(String name) throws InterruptedException {
        var home = homes.resolve(name);
        var settings = database.settings();
        var env = new HashMap<String, String>();
        env.put("BETTERTALK_HOME", home.toString());
        env.put("BETTERTALK_KEYS_FILE", TestDatabases.masterKeyFile(home).toString());
        env.put("BETTERTALK_DB_URL", settings.url());
        env.put("BETTERTALK_DB_USER", settings.user());
        env.put("BETTERTALK_DB_PASSWORD", settings.password());
        env.put("BETTERTALK_REDIS_URL", "redis://127.0.0.1:6379");
        env.put("BETTERTALK_REDIS_PREFIX", prefix);
        env.put("BETTERTALK_LIMITS_SIGN_IN", "100/10m,100/10m,3/10m");
        var out = new StringWriter();
        nodes.add(pool.submit(() -> BetterTalk.run(new String[] {"serve", "--dev-login", "--port", "0"},
                Map.copyOf(env), home, Clock.systemUTC(), new PrintWriter(out), new PrintWriter(new StringWriter()),
                stop)));
        return ServeCommandTest.awaitPort(out);
    }

    /** A visitor opens the sign-in page and signs in with development sign-in: the status and Retry-After. */
    private static HttpResponse<String> signIn(int port, String email) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var base = "http://127.0.0.1:" + port;
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the sign-in form has its token").isTrue();
        var form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&name=Someone";
        return http.send(HttpRequest.newBuilder(URI.create(base + "/auth/dev"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int users() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM users")
                .mapTo(Integer.class).one());
    }

    @Test
    void a_limit_holds_across_two_nodes_and_a_refusal_stores_nothing() throws Exception {
        var a = node("a");
        var b = node("b");

        var first = signIn(a, "one@example.com");
        var second = signIn(b, "two@example.com");
        var third = signIn(a, "three@example.com");
        var fourthOnB = signIn(b, "four@example.com");
        var fifthOnA = signIn(a, "five@example.com");

        assertThat(List.of(first.statusCode(), second.statusCode(), third.statusCode())).containsOnly(303);
        assertThat(fourthOnB.statusCode()).isEqualTo(429);
        assertThat(fifthOnA.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(fourthOnB.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, Duration.ofMinutes(10).toSeconds());
        assertThat(fourthOnB.body()).contains("That is faster than BetterTalk allows");
        assertThat(users()).isEqualTo(3);
    }
}
