package app.bettertalk.cli.ops;

import app.bettertalk.cli.BetterTalk;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Settings;
import app.bettertalk.cli.Wiring;
import app.bettertalk.cli.emails.Journey;
import app.bettertalk.core.shared.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator commands beside a running {@code serve} on the embedded default database, as cron runs them: the
 * server is a separate JVM, as it is in production, so the database file is really held by another process.
 */
class CommandsBesideServeTest {
    // Long enough ago that the journey's seven-day chat has ended by the server's real clock.
    private static final Instant LONG_AGO = Instant.parse("2025-01-06T04:30:00Z");

    @TempDir
    Path userHome;

    private final Map<String, String> env = new HashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final TestClock clock = new TestClock(LONG_AGO);
    private Path home;
    private Process server;
    private Path serverLog;

    @BeforeEach
    void embeddedHome() {
        home = userHome.resolve("bt");
        env.put("BETTERTALK_HOME", home.toString());
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void the_sweeps_and_an_operator_command_run_while_serve_holds_the_embedded_database() throws Exception {
        serve("--no-chat-sweep");
        Journey.play(env, userHome, clock);
        clock.advance(Duration.ofDays(8));

        var chats = bettertalk("chats", "sweep-expired", "--json");
        var chatsSaid = out.toString();
        var emails = bettertalk("emails", "sweep");
        var mentors = bettertalk("mentor", "list");

        assertThat(chats).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(chatsSaid).contains("\"chatsClosed\":1").contains("\"bookingsExpired\":1");
        assertThat(emails).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(mentors).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void a_sweep_in_its_own_process_links_its_emails_to_the_port_serve_is_actually_on() throws Exception {
        var port = serve("--no-chat-sweep");
        Journey.play(env, userHome, clock);

        var code = bettertalk("emails", "sweep");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        var links = links();
        assertThat(links).isNotEmpty().allMatch(link -> link.startsWith("http://127.0.0.1:" + port + "/"),
                "starts with the served address http://127.0.0.1:" + port + "/");
    }

    @Test
    void serve_expires_ended_chats_by_itself_without_a_cron_job() throws Exception {
        serve("--chat-sweep-interval", "1");
        Journey.play(env, userHome, clock);

        var status = "";
        for (var i = 0; i < 200 && !status.equals("EXPIRED"); i++) {
            Thread.sleep(100);
            status = bookingStatus();
        }

        assertThat(status).as(Files.readString(serverLog)).isEqualTo("EXPIRED");
    }

    /** Starts {@code bettertalk serve} in a JVM of its own on a free port; the port it says it serves on. */
    private int serve(String... options) throws IOException, InterruptedException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(java, "--sun-misc-unsafe-memory-access=allow", "-cp",
                System.getProperty("java.class.path"), BetterTalk.class.getName(), "serve", "--port", "0"));
        command.addAll(List.of(options));
        serverLog = userHome.resolve("serve.log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(serverLog.toFile());
        builder.environment().put("BETTERTALK_HOME", home.toString());
        server = builder.start();
        var serving = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            var said = Files.readString(serverLog, StandardCharsets.UTF_8);
            var matcher = serving.matcher(said);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start: " + Files.readString(serverLog));
    }

    private int bettertalk(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return BetterTalk.run(args, env, userHome, clock, new PrintWriter(out), new PrintWriter(err));
    }

    private String bookingStatus() {
        try (var wiring = new Wiring(Settings.resolve(Map.of(), env, null, userHome), clock)) {
            return wiring.database().jdbi().withHandle(handle -> handle.createQuery("SELECT status FROM bookings")
                    .mapTo(String.class).one());
        }
    }

    private List<String> links() {
        try (var files = Files.list(home.resolve("mail"))) {
            var link = Pattern.compile("https?://[^\\s\"<>]+");
            var found = new ArrayList<String>();
            for (var file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                var text = Files.readString(file).replace("=\r\n", "").replace("=\n", "");
                link.matcher(text).results().map(m -> m.group()).filter(l -> !l.contains("w3.org"))
                        .forEach(found::add);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
