package app.bettertalk.cli.emails;

import app.bettertalk.cli.BetterTalk;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Settings;
import app.bettertalk.cli.Wiring;
import app.bettertalk.core.mailing.DeliveryOutcome;
import app.bettertalk.core.mailing.Lease;
import app.bettertalk.core.mailing.QueuedEmailId;
import app.bettertalk.core.mailing.UnsubscribeTokens;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.mysql.mailing.JdbiQueuedEmails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EmailsCommandsTest {
    private static final List<String> SUBJECTS = List.of("Welcome to BetterTalk, asha_k",
            "Welcome to BetterTalk, ravi_k", "Your session with ravi_k is confirmed", "Your chat with ravi_k is open",
            "Your chat with asha_k is open", "asha_k started your chat", "New message from ravi_k");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path userHome;

    private final TestClock clock = new TestClock();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, String> env = new HashMap<>();
    private Path home;

    @BeforeEach
    void embeddedHome() {
        home = userHome.resolve("bt");
        env.put("BETTERTALK_HOME", home.toString());
    }

    private int bettertalk(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return BetterTalk.run(args, env, userHome, clock, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void the_embedded_home_its_database_files_and_its_mail_folder_are_its_owner_s_alone() throws Exception {
        Journey.play(env, userHome, clock);
        bettertalk("emails", "sweep");

        assertThat(permissions(home)).isEqualTo("rwx------");
        assertThat(permissions(home.resolve("mail"))).isEqualTo("rwx------");
        assertThat(mailbox()).isNotEmpty().allSatisfy(file -> assertThat(permissions(file)).isEqualTo("rw-------"));
        try (var files = Files.list(home)) {
            var database = files.filter(file -> file.getFileName().toString().endsWith(".db")).toList();
            assertThat(database).isNotEmpty()
                    .allSatisfy(file -> assertThat(permissions(file)).isEqualTo("rw-------"));
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void a_sweep_on_the_embedded_default_writes_a_readable_eml_file_for_every_email_of_the_journey() throws Exception {
        Journey.play(env, userHome, clock);

        var code = bettertalk("emails", "sweep");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo("Sent 7, retried 0, failed 0, skipped 0 (to the mailbox folder "
                + home.resolve("mail") + ")." + System.lineSeparator());
        assertThat(mailbox()).extracting(EmailsCommandsTest::subject).containsExactlyInAnyOrderElementsOf(SUBJECTS);
        assertThat(mailbox()).allSatisfy(file -> assertThat(Files.readString(file)).doesNotContain(Journey.WRITTEN)
                .contains("http://127.0.0.1:7070/"));
    }

    @Test
    void a_quiet_period_set_in_the_environment_decides_which_later_message_is_emailed() throws Exception {
        env.put("BETTERTALK_QUIET_PERIOD", "14h");
        Journey.play(env, userHome, clock);

        var code = bettertalk("emails", "sweep");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(mailbox()).extracting(EmailsCommandsTest::subject).hasSize(SUBJECTS.size() - 1)
                .doesNotContain("New message from ravi_k");
    }

    @Test
    void a_quiet_period_that_is_no_duration_is_refused_in_one_line() {
        env.put("BETTERTALK_QUIET_PERIOD", "soon");

        var code = bettertalk("emails", "sweep");

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("bettertalk: the quiet period must look like 90m, 12h, 2d or PT12H, "
                + "not soon" + System.lineSeparator());
    }

    @Test
    void a_helplines_setting_that_names_no_usable_line_is_refused_in_one_line() {
        env.put("BETTERTALK_HELPLINES", "Samaritans|call us");

        var code = bettertalk("emails", "sweep");

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("bettertalk: BETTERTALK_HELPLINES: a helpline's number is digits, "
                + "spaces, - and ( ), optionally after +, not call us" + System.lineSeparator());
    }

    @Test
    void a_second_sweep_finds_nothing_to_send() {
        Journey.play(env, userHome, clock);
        bettertalk("emails", "sweep");

        var code = bettertalk("emails", "sweep", "--json");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().strip()).isEqualTo("{\"sent\":0,\"retried\":0,\"failed\":0,\"skipped\":0}");
    }

    @Test
    void with_an_smtp_server_configured_the_sweep_delivers_through_it_with_links_to_the_base_url() throws Exception {
        env.put("BETTERTALK_SMTP_HOST", "127.0.0.1");
        env.put("BETTERTALK_SMTP_PORT", Integer.toString(SMTP.getSmtp().getPort()));
        env.put("BETTERTALK_SMTP_SECURITY", "none");
        env.put("BETTERTALK_MAIL_FROM", "BetterTalk <hello@bettertalk.example>");
        env.put("BETTERTALK_BASE_URL", "https://bettertalk.example");
        Journey.play(env, userHome, clock);

        var code = bettertalk("emails", "sweep", "--batch", "3");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Sent 7, retried 0, failed 0, skipped 0 (to SMTP 127.0.0.1:");
        var received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).map(EmailsCommandsTest::subject)).containsExactlyInAnyOrderElementsOf(
                SUBJECTS);
        assertThat(received).allSatisfy(message -> {
            assertThat(message.getFrom()[0].toString()).isEqualTo("BetterTalk <hello@bettertalk.example>");
            assertThat(message.getMessageID()).matches("<outbox-\\d+@bettertalk\\.example>");
        });
        assertThat(Files.exists(home.resolve("mail"))).isFalse();
    }

    @Test
    void the_base_url_flag_of_a_sweep_beats_the_environment() throws Exception {
        env.put("BETTERTALK_BASE_URL", "https://from-env.example");
        Journey.play(env, userHome, clock);

        var code = bettertalk("emails", "sweep", "--base-url", "https://from-flag.example");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(mailbox()).hasSize(SUBJECTS.size()).allSatisfy(file -> assertThat(Files.readString(file))
                .contains("https://from-flag.example/").doesNotContain("from-env"));
    }

    @Test
    void list_shows_the_outbox_by_status_with_account_ids_and_never_addresses() {
        Journey.play(env, userHome, clock);
        bettertalk("emails", "sweep");

        var code = bettertalk("emails", "list", "--status", "sent");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("ID", "STATUS", "RECIPIENT ACCOUNT").contains("7 emails.")
                .contains("ONBOARDING_COMPLETED").contains("MESSAGE_AFTER_QUIET")
                .doesNotContain(Journey.ASHA_EMAIL).doesNotContain(Journey.RAVI_EMAIL);
        assertThat(out.toString().lines().filter(line -> line.contains(" SENT "))).hasSize(7);
    }

    @Test
    void a_kept_error_that_names_the_recipient_s_address_is_listed_without_it() {
        Journey.play(env, userHome, clock);
        failFirstEmail("550 5.1.1 <asha.k@example.com>: Recipient address rejected");

        bettertalk("emails", "list", "--status", "failed");
        bettertalk("emails", "list", "--status", "failed", "--json");

        assertThat(out.toString()).contains("550 5.1.1 <[email hidden]>: Recipient address rejected")
                .doesNotContain("asha.k@example.com");
    }

    @Test
    void list_as_json_is_one_document() {
        Journey.play(env, userHome, clock);

        var code = bettertalk("emails", "list", "--status", "queued,failed", "--limit", "2", "--json");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(out.toString()).startsWith("{\"emails\":[{\"id\":7,\"status\":\"QUEUED\",\"kind\":"
                + "\"MESSAGE_AFTER_QUIET\"").contains("{\"id\":6,").doesNotContain("{\"id\":5,");
    }

    @Test
    void an_unknown_status_is_a_usage_error() {
        var code = bettertalk("emails", "list", "--status", "lost");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("bettertalk: --status must be queued, sent, failed or skipped, not lost");
    }

    @Test
    void retry_queues_a_failed_email_again_and_the_next_sweep_sends_it() {
        Journey.play(env, userHome, clock);
        var failed = failFirstEmail();

        var code = bettertalk("emails", "retry", failed.toString());
        var retryOut = out.toString();
        bettertalk("emails", "sweep");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(retryOut).isEqualTo("Email " + failed + " is queued again; the next sweep sends it."
                + System.lineSeparator());
        assertThat(out.toString()).startsWith("Sent 7,");
    }

    @Test
    void retrying_an_email_that_was_sent_is_refused_in_one_line() {
        Journey.play(env, userHome, clock);
        bettertalk("emails", "sweep");

        var code = bettertalk("emails", "retry", "1");

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("bettertalk: Email 1 is sent; only failed emails are retried."
                + System.lineSeparator());
    }

    @Test
    void retrying_an_email_that_does_not_exist_or_is_no_number_fails_in_one_line() {
        Journey.play(env, userHome, clock);

        var missing = bettertalk("emails", "retry", "999");
        var missingErr = err.toString();
        var garbled = bettertalk("emails", "retry", "abc");

        assertThat(missing).isEqualTo(ExitCodes.FAILURE);
        assertThat(missingErr).isEqualTo("bettertalk: email not found" + System.lineSeparator());
        assertThat(garbled).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("bettertalk: id: must be a positive number" + System.lineSeparator());
    }

    @Test
    void the_secret_is_made_once_readable_by_its_owner_alone_and_signs_the_unsubscribe_links() throws Exception {
        Journey.play(env, userHome, clock);
        var secret = home.resolve("secret");
        var made = Files.readString(secret);

        bettertalk("emails", "sweep");

        assertThat(Files.readString(secret)).isEqualTo(made);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        var quiet = mailbox().stream().filter(file -> subject(file).equals("New message from ravi_k")).findFirst()
                .orElseThrow();
        var link = Pattern.compile("/unsubscribe\\?token=([A-Za-z0-9_.%-]+)").matcher(Files.readString(quiet));
        assertThat(link.find()).isTrue();
        var tokens = new UnsubscribeTokens(made.strip().getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.read(URLDecoder.decode(link.group(1), StandardCharsets.UTF_8))).isPresent();
    }

    @Test
    void a_configured_secret_shorter_than_32_characters_is_refused_in_one_line() {
        env.put("BETTERTALK_SECRET", "too-short");

        var code = bettertalk("emails", "sweep");

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("bettertalk: BETTERTALK_SECRET must be at least 32 characters long"
                + System.lineSeparator());
    }

    @Test
    void an_unknown_smtp_security_is_refused_in_one_line() {
        env.put("BETTERTALK_SMTP_HOST", "127.0.0.1");
        env.put("BETTERTALK_SMTP_SECURITY", "tls13");

        var code = bettertalk("emails", "sweep");

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("bettertalk: BETTERTALK_SMTP_SECURITY must be none, starttls or ssl, "
                + "not tls13" + System.lineSeparator());
    }

    @Test
    void a_sweep_with_a_batch_out_of_range_is_a_usage_error() {
        var code = bettertalk("emails", "sweep", "--batch", "0");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("bettertalk: --batch must be 1 to 1000");
    }

    @Test
    void serve_with_send_emails_sends_in_the_background_and_stops_with_the_server() throws Exception {
        Journey.play(env, userHome, clock);
        var stop = new CountDownLatch(1);
        var exit = new AtomicInteger(-1);
        var serving = Thread.ofVirtual().start(() -> exit.set(BetterTalk.run(
                new String[] {"serve", "--port", "0", "--send-emails"}, env, userHome, clock, new PrintWriter(out),
                new PrintWriter(err), stop)));

        var sent = false;
        for (var i = 0; i < 300 && !sent; i++) {
            Thread.sleep(50);
            sent = Files.isDirectory(home.resolve("mail")) && mailbox().size() == SUBJECTS.size();
        }
        stop.countDown();
        serving.join(Duration.ofSeconds(30));

        assertThat(sent).isTrue();
        assertThat(exit.get()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Sending queued emails every 10 s to the mailbox folder");
    }

    /** Fails the oldest queued email as a 5xx would; its id. */
    private QueuedEmailId failFirstEmail() {
        return failFirstEmail("550 no such mailbox");
    }

    private QueuedEmailId failFirstEmail(String reason) {
        try (var wiring = new Wiring(Settings.resolve(Map.of(), env, null, userHome), clock)) {
            var queued = new JdbiQueuedEmails(wiring.database().jdbi());
            var lease = Lease.taken(clock.instant(), Duration.ofMinutes(5));
            var email = queued.claim(lease, 1).getFirst();
            queued.recordOutcome(email.id(), lease, new DeliveryOutcome.Failed(reason, clock.instant()));
            return email.id();
        }
    }

    private List<Path> mailbox() {
        try (var files = Files.list(home.resolve("mail"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String subject(Path eml) {
        try (var in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in).getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
