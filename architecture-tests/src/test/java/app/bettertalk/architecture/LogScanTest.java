package app.bettertalk.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing personal reaches a log. Every test class of the web, database, email and command-line suites writes what
 * it printed and logged to {@code target/surefire-reports/*-output.txt} (the build redirects it there); this test,
 * which the build runs after them, reads all of it and fails on anything shaped like what people entrust to
 * BetterTalk: an email address, an Indian phone number, a session cookie, a sign-in token, or the words the privacy
 * tests seed into messages and notes on purpose.
 */
class LogScanTest {
    private static final List<String> SUITES = List.of("bettertalk-adapters-web", "bettertalk-adapters-mysql",
            "bettertalk-notifications", "bettertalk-cli");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** Addresses that name nobody: the sender BetterTalk writes from, and what an erased account is left with. */
    private static final Pattern NOBODY = Pattern.compile("(no-reply@.*|.*@erased\\.invalid|.*@localhost\\.localdomain)");
    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("\\+91[ -]?[6-9][0-9]{4}[ -]?[0-9]{5}"),
            Pattern.compile("(?<![0-9.:/-])[6-9][0-9]{4} [0-9]{5}(?![0-9])"),
            Pattern.compile("bt_session=[A-Za-z0-9_-]{16,}"),
            Pattern.compile("(?i)id_token=[A-Za-z0-9._-]{20,}"),
            Pattern.compile("(?i)suicidal thoughts|phone me at|I have not told anyone else"));

    @Test
    void no_suite_logged_an_email_address_a_phone_number_a_cookie_or_a_seeded_secret() throws IOException {
        var hits = new ArrayList<String>();
        var scanned = 0;
        for (var suite : SUITES) {
            var reports = Path.of("..", suite, "target", "surefire-reports");
            assertThat(reports).as("the " + suite + " suite has not run: run the whole build (mvn verify)")
                    .isDirectory();
            try (var files = Files.list(reports)) {
                for (var file : files.filter(each -> each.getFileName().toString().endsWith("-output.txt"))
                        .toList()) {
                    scanned++;
                    var lineNumber = 0;
                    for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        lineNumber++;
                        for (var found : findings(line)) {
                            hits.add(suite + "/" + file.getFileName() + ":" + lineNumber + ": " + found);
                        }
                    }
                }
            }
        }
        assertThat(scanned).as("output files read").isPositive();
        assertThat(hits).isEmpty();
    }

    /** What on {@code line} looks personal, each as it was found. */
    static List<String> findings(String line) {
        var found = new ArrayList<String>();
        var emails = EMAIL.matcher(line);
        while (emails.find()) {
            if (!NOBODY.matcher(emails.group()).matches()) {
                found.add(emails.group());
            }
        }
        for (var secret : SECRETS) {
            var matcher = secret.matcher(line);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    @Test
    void the_scan_finds_what_a_leaking_log_line_would_carry() {
        assertThat(findings("WARN failed INSERT ... values ('asha@example.com', '+91 98765 40001')"))
                .containsExactly("asha@example.com", "+91 98765 40001", "98765 40001");
        assertThat(findings("Cookie: bt_session=Zk3xP0qLr8mN2vB7yT1wQ9")).containsExactly("bt_session=Zk3xP0qLr8mN2vB7yT1wQ9");
        assertThat(findings("text: my suicidal thoughts are back")).containsExactly("suicidal thoughts");
        assertThat(findings("From: BetterTalk <no-reply@localhost.localdomain> 2026-12-07T10:15:30Z port 98765"))
                .isEmpty();
    }
}
