package app.bettertalk.notifications;

import app.bettertalk.core.Race;
import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mailing.DyingMailer;
import app.bettertalk.core.mailing.EmailStatus;
import app.bettertalk.core.mailing.Mailer;
import app.bettertalk.core.mailing.SendQueuedEmails;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.shared.Paise;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What goes wrong between the dispatcher and a real SMTP server: a server that is down and comes back, one that
 * answers 4xx then takes the email, one that answers 5xx, two dispatchers at once, and a dispatcher that dies.
 */
class DeliveryFaultsTest {
    private static final SendQueuedEmails.Command SWEEP = new SendQueuedEmails.Command(50, Duration.ofMinutes(1));

    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha_k");
    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (var server : servers) {
            server.close();
        }
    }

    @Test
    void an_email_put_off_while_the_server_is_down_is_delivered_once_when_it_is_back() {
        var port = freePort();
        var sweep = sweepTo(port);

        var whileDown = sweep.send(SWEEP);
        var smtp = greenMailOn(port);
        var tooEarly = sweep.send(SWEEP);
        world.clock.advance(Duration.ofSeconds(30));
        var whenBack = sweep.send(SWEEP);

        assertThat(whileDown.retried()).isEqualTo(1);
        assertThat(world.outbox.all().getFirst().lastError()).contains("Couldn't connect").contains("refused");
        assertThat(tooEarly.total()).isZero();
        assertThat(whenBack.sent()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void while_the_server_is_down_a_batch_tries_to_connect_once_and_puts_off_every_email() {
        for (var i = 0; i < 9; i++) {
            world.outbox.queue(confirmation(), world.now());
        }
        var sweep = sweepTo(freePort());

        var outcome = sweep.send(SWEEP);

        assertThat(outcome.retried()).isEqualTo(10);
        assertThat(world.outbox.all()).allSatisfy(email -> assertThat(email.lastError()).contains("Couldn't connect"));
    }

    @Test
    void a_4xx_reply_puts_the_email_off_and_the_next_sweep_delivers_it_once() {
        var server = scripted().answerRecipients("451 4.3.0 mailbox busy, try again later");
        var sweep = sweepTo(server.port());

        var first = sweep.send(SWEEP);
        world.clock.advance(Duration.ofSeconds(30));
        var second = sweep.send(SWEEP);

        assertThat(first.retried()).isEqualTo(1);
        assertThat(world.outbox.all().getFirst().attempts()).isEqualTo(2);
        assertThat(second.sent()).isEqualTo(1);
        assertThat(server.accepted()).hasSize(1);
    }

    @Test
    void a_4xx_reply_to_the_message_itself_is_temporary_too() {
        var server = scripted().answerData("452 4.3.1 insufficient system storage");
        var sweep = sweepTo(server.port());

        var outcome = sweep.send(SWEEP);

        assertThat(outcome.retried()).isEqualTo(1);
        assertThat(world.outbox.all().getFirst().lastError()).startsWith("SMTP 452");
    }

    @Test
    void a_5xx_reply_fails_the_email_at_once_and_keeps_the_servers_reason() {
        var server = scripted().answerRecipients("550 5.1.1 no such mailbox here");
        var sweep = sweepTo(server.port());

        var outcome = sweep.send(SWEEP);
        world.clock.advance(Duration.ofDays(1));
        var later = sweep.send(SWEEP);

        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(later.total()).isZero();
        assertThat(server.accepted()).isEmpty();
        assertThat(world.outbox.all()).singleElement().satisfies(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.FAILED);
            assertThat(email.attempts()).isEqualTo(1);
            assertThat(email.lastError()).startsWith("SMTP 550").contains("no such mailbox here");
        });
    }

    @Test
    void a_5xx_for_one_email_does_not_stop_the_rest_of_the_batch() {
        world.onboardedUser("ravi_k");
        var server = scripted().answerRecipients("550 5.1.1 no such mailbox here");
        var sweep = sweepTo(server.port());

        var outcome = sweep.send(SWEEP);

        assertThat(outcome).isEqualTo(new SendQueuedEmails.Outcome(1, 0, 1, 0));
        assertThat(server.accepted()).hasSize(1);
    }

    @Test
    void a_server_that_offers_no_starttls_is_not_used_when_starttls_is_required() {
        var server = scripted();
        var composer = new MessageComposer(new EmailTemplates(URI.create("https://bettertalk.example")),
                "BetterTalk <no-reply@bettertalk.example>", world.clock);
        var mailer = new SmtpMailer(SmtpServer.of("127.0.0.1", server.port(), SmtpServer.Security.STARTTLS,
                "mailer", "secret"), composer);

        var outcome = sweepWith(mailer).send(SWEEP);

        assertThat(outcome.retried()).isEqualTo(1);
        assertThat(world.outbox.all().getFirst().lastError()).contains("STARTTLS");
        assertThat(server.accepted()).isEmpty();
    }

    @Test
    void two_dispatchers_at_once_over_500_emails_deliver_each_exactly_once() throws Exception {
        for (var i = 0; i < 499; i++) {
            world.outbox.queue(confirmation(), world.now());
        }
        var smtp = greenMailOn(freePort());
        var port = smtp.getSmtp().getPort();
        var batches = new SendQueuedEmails.Command(20, Duration.ofMinutes(5));

        var outcomes = Race.of(() -> sweepTo(port).send(batches), () -> sweepTo(port).send(batches));

        assertThat(outcomes.get(0).sent() + outcomes.get(1).sent()).isEqualTo(500);
        var ids = Received.all(smtp.getReceivedMessages()).stream().map(Received::messageId).toList();
        assertThat(ids).hasSize(500).doesNotHaveDuplicates();
    }

    @Test
    void a_dispatcher_that_dies_mid_batch_loses_nothing_and_resends_only_the_email_in_flight() {
        for (var i = 0; i < 19; i++) {
            world.outbox.queue(confirmation(), world.now());
        }
        var smtp = greenMailOn(freePort());
        var port = smtp.getSmtp().getPort();

        var death = catchThrowable(() -> sweepWith(new DyingMailer(smtpMailer(port), 5)).send(SWEEP));
        world.clock.advance(world.deliveryPolicy.lease());
        var survivor = sweepTo(port).send(SWEEP);

        assertThat(death).isInstanceOf(DyingMailer.Died.class);
        assertThat(survivor.sent()).isEqualTo(16);
        var perMessageId = Received.all(smtp.getReceivedMessages()).stream()
                .collect(groupingBy(Received::messageId, counting()));
        assertThat(perMessageId).hasSize(20);
        assertThat(perMessageId.values()).filteredOn(count -> count == 2).hasSize(1);
        assertThat(perMessageId.values()).allMatch(count -> count <= 2);
        assertThat(world.outbox.list(Set.of(EmailStatus.SENT), 100)).hasSize(20);
    }

    private SendQueuedEmails sweepTo(int port) {
        return sweepWith(smtpMailer(port));
    }

    private SmtpMailer smtpMailer(int port) {
        var composer = new MessageComposer(new EmailTemplates(URI.create("https://bettertalk.example")),
                "BetterTalk <no-reply@bettertalk.example>", world.clock);
        var server = new SmtpServer("127.0.0.1", port, SmtpServer.Security.NONE, "", "", Duration.ofSeconds(5),
                Duration.ofSeconds(10));
        return new SmtpMailer(server, composer);
    }

    private SendQueuedEmails sweepWith(Mailer mailer) {
        return new SendQueuedEmails(world.outbox, world.emailPreferences, world.users, mailer,
                world.unsubscribeTokens, world.deliveryPolicy, world.jitter, world.clock);
    }

    private ScriptedSmtpServer scripted() {
        var server = new ScriptedSmtpServer();
        servers.add(server);
        return server;
    }

    private GreenMail greenMailOn(int port) {
        var smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        servers.add(smtp::stop);
        return smtp;
    }

    private Email.BookingConfirmed confirmation() {
        return new Email.BookingConfirmed(asha.id(), UUID.randomUUID(), UUID.randomUUID(), "ravi_k", "Week",
                Paise.ofRupees(499), 7);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
