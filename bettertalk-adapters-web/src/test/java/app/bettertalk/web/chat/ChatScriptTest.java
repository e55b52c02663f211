package app.bettertalk.web.chat;

import app.bettertalk.core.chat.Countdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's countdown (public/js/chat.js) words the time left exactly as the core's {@link Countdown} does. The
 * script runs under Node.js, which .ci/run installs; the DOM half of chat.js is left to the browser tests.
 */
class ChatScriptTest {
    private static final String RUNNER = """
            const { countdownText } = require(process.argv[2]);
            const input = require('fs').readFileSync(0, 'utf8').trim().split('\\n');
            process.stdout.write(input.map(ms => countdownText(Number(ms))).join('\\n'));
            """;

    @TempDir
    Path dir;

    @Test
    void the_browser_countdown_words_every_remaining_time_as_the_core_does() throws Exception {
        var remaining = remainingTimes();

        var fromScript = runScript(remaining);

        var fromCore = remaining.stream().map(ms -> Countdown.of(Duration.ofMillis(ms)).text()).toList();
        assertThat(fromScript).containsExactlyElementsOf(fromCore);
    }

    @Test
    void the_script_says_expired_at_zero_and_less_than_a_minute_just_before() throws Exception {
        var texts = runScript(List.of(0L, -1L, 1L, 59_999L, 60_000L));

        assertThat(texts).containsExactly(Countdown.EXPIRED_TEXT, Countdown.EXPIRED_TEXT,
                "Free chat available for less than a minute", "Free chat available for less than a minute",
                "Free chat available for next 1 minute");
    }

    /** Every boundary of the wording, and a seeded spread of windows up to 120 days. */
    private static List<Long> remainingTimes() {
        var minute = 60_000L;
        var hour = 60 * minute;
        var day = 24 * hour;
        var times = new ArrayList<Long>();
        for (var unit : List.of(minute, hour, day)) {
            for (var count = 0L; count <= 3; count++) {
                times.addAll(List.of(count * unit - 1, count * unit, count * unit + 1));
            }
        }
        times.addAll(List.of(day + hour + minute, 2 * day + 3 * hour + 5 * minute, 7 * day - 1, 90 * day,
                -day));
        var random = new Random(20261125L);
        for (var i = 0; i < 2_000; i++) {
            times.add(random.nextLong(-hour, 120 * day));
        }
        return times;
    }

    private List<String> runScript(List<Long> remaining) throws IOException, InterruptedException {
        var script = dir.resolve("chat.js");
        try (var source = getClass().getResourceAsStream("/public/js/chat.js")) {
            assertThat(source).as("chat.js on the classpath").isNotNull();
            Files.write(script, source.readAllBytes());
        }
        var runner = Files.writeString(dir.resolve("runner.js"), RUNNER);
        var process = new ProcessBuilder("node", runner.toString(), script.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(remaining.stream().map(String::valueOf).collect(Collectors.joining("\n"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(process.exitValue()).as("node's exit code").isZero();
        return output.lines().toList();
    }
}
