package app.bettertalk.notifications;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mailing.EmailStatus;
import app.bettertalk.core.mailing.OutgoingEmail;
import app.bettertalk.core.mailing.SendQueuedEmails;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.shared.Paise;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The send rate of 1,000 emails to a local SMTP server (GreenMail): the dispatcher (claim, look up, render, send over
 * one connection per batch of 100, record) against a plain Jakarta Mail loop sending the same messages over one
 * connection, in the same JVM, after a warm-up of both, in two rounds of alternating order. Prints the rates and
 * their ratio; asserts only that every email arrived, never on timing.
 */
class SendRateTest {
    private static final int EMAILS = 1_000;
    private static final SendQueuedEmails.Command BATCHES = new SendQueuedEmails.Command(100, Duration.ofHours(1));

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha_k");
    private final MessageComposer composer = new MessageComposer(
            new EmailTemplates(URI.create("https://bettertalk.example")), "BetterTalk <no-reply@bettertalk.example>",
            world.clock);
    private SmtpServer server;
    private SendQueuedEmails sweep;

    @Test
    void a_thousand_emails_through_the_dispatcher_and_through_a_plain_jakarta_mail_loop_all_arrive() throws Exception {
        server = SmtpServer.of("127.0.0.1", SMTP.getSmtp().getPort(), SmtpServer.Security.NONE, "", "");
        sweep = new SendQueuedEmails(world.outbox, world.emailPreferences, world.users,
                new SmtpMailer(server, composer), world.unsubscribeTokens, world.deliveryPolicy, world.jitter,
                world.clock);
        sweep.send(BATCHES);
        dispatcher();
        plainLoop(outgoing());
        SMTP.purgeEmailFromAllMailboxes();

        var dispatcherFirst = dispatcher();
        var plainSecond = plainLoop(outgoing());
        var plainFirst = plainLoop(outgoing());
        var dispatcherSecond = dispatcher();

        report("round 1 (dispatcher first)", dispatcherFirst, plainSecond);
        report("round 2 (plain loop first)", dispatcherSecond, plainFirst);
        assertThat(SMTP.getReceivedMessages()).hasSize(4 * EMAILS);
    }

    /** Queues 1,000 emails and sweeps them; the sweep's time, after checking all were sent. */
    private Timing dispatcher() {
        for (var i = 0; i < EMAILS; i++) {
            world.outbox.queue(new Email.BookingConfirmed(asha.id(), UUID.randomUUID(), UUID.randomUUID(), "ravi_k",
                    "Support - 7 days chat", Paise.ofRupees(499), 7), world.now());
        }
        var start = System.nanoTime();
        var outcome = sweep.send(BATCHES);
        var nanos = System.nanoTime() - start;
        assertThat(outcome.sent()).isEqualTo(EMAILS);
        return new Timing(0, nanos);
    }

    /** The last 1,000 emails the dispatcher sent, as it handed them over. */
    private List<OutgoingEmail> outgoing() {
        var address = world.users.byId(asha.id()).orElseThrow().email();
        return world.outbox.list(Set.of(EmailStatus.SENT), EMAILS).stream()
                .map(email -> new OutgoingEmail(email.id(), email.email(), address, "")).toList();
    }

    /** Builds the messages, then sends them over one connection; times both. */
    private Timing plainLoop(List<OutgoingEmail> emails) throws MessagingException {
        var properties = new Properties();
        properties.setProperty("mail.smtp.host", server.host());
        properties.setProperty("mail.smtp.port", Integer.toString(server.port()));
        properties.setProperty("mail.smtp.localhost", composer.domain());
        var session = Session.getInstance(properties);
        var building = System.nanoTime();
        var messages = new ArrayList<MimeMessage>();
        for (var email : emails) {
            messages.add(composer.compose(session, email));
        }
        var start = System.nanoTime();
        try (var transport = session.getTransport("smtp")) {
            transport.connect();
            for (var message : messages) {
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        return new Timing(start - building, System.nanoTime() - start);
    }

    private static void report(String round, Timing dispatcher, Timing plain) {
        var dispatcherRate = rate(dispatcher.sendNanos());
        var plainRate = rate(plain.sendNanos());
        var plainBuiltRate = rate(plain.sendNanos() + plain.buildNanos());
        System.out.printf("SendRateTest %s: %d emails to GreenMail: dispatcher %.0f/s (%.0f ms); plain Jakarta Mail"
                        + " loop %.0f/s sending prebuilt messages (%.0f ms), %.0f/s counting building them (+%.0f ms);"
                        + " dispatcher/plain = %.2f, against plain with building %.2f%n", round, EMAILS, dispatcherRate,
                dispatcher.sendNanos() / 1e6, plainRate, plain.sendNanos() / 1e6, plainBuiltRate,
                plain.buildNanos() / 1e6, dispatcherRate / plainRate, dispatcherRate / plainBuiltRate);
    }

    private static double rate(long nanos) {
        return EMAILS / (nanos / 1e9);
    }

    private record Timing(long buildNanos, long sendNanos) {
    }
}
