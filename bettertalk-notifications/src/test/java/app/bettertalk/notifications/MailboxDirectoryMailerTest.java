package app.bettertalk.notifications;

import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.mailing.Delivery;
import app.bettertalk.core.mailing.OutgoingEmail;
import app.bettertalk.core.mailing.QueuedEmailId;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.core.shared.UserId;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxDirectoryMailerTest {
    @TempDir
    Path home;

    private final MessageComposer composer = new MessageComposer(
            new EmailTemplates(URI.create("http://127.0.0.1:7070")), "BetterTalk <no-reply@localhost.localdomain>",
            new TestClock());
    private final OutgoingEmail welcome = new OutgoingEmail(new QueuedEmailId(42),
            new Email.OnboardingCompleted(UserId.random(), "asha_k"), new EmailAddress("asha@example.com"), "");

    @Test
    void each_email_becomes_a_readable_eml_file_named_by_its_outbox_row_and_kind() throws Exception {
        var mailer = new MailboxDirectoryMailer(home.resolve("mail"), composer);

        Delivery delivery;
        try (var batch = mailer.open()) {
            delivery = batch.deliver(welcome);
        }

        var file = home.resolve("mail").resolve("outbox-42-onboarding-completed.eml");
        assertThat(delivery).isEqualTo(new Delivery.Accepted("<outbox-42@localhost.localdomain>"));
        var read = Received.of(read(file));
        assertThat(read.subject()).isEqualTo("Welcome to BetterTalk, asha_k");
        assertThat(read.to()).isEqualTo("asha@example.com");
        assertThat(read.text()).contains("http://127.0.0.1:7070/groups");
        assertThat(read.html()).contains("href=\"http://127.0.0.1:7070/groups\"");
    }

    @Test
    void an_email_delivered_twice_leaves_one_file() throws Exception {
        var mailer = new MailboxDirectoryMailer(home, composer);

        try (var batch = mailer.open()) {
            batch.deliver(welcome);
            batch.deliver(welcome);
        }

        try (var files = Files.list(home)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactly("outbox-42-onboarding-completed.eml");
        }
    }

    @Test
    void a_folder_that_cannot_be_written_puts_the_email_off() throws IOException {
        var notAFolder = Files.writeString(home.resolve("mail"), "a file where the folder should be");
        var mailer = new MailboxDirectoryMailer(notAFolder, composer);

        Delivery delivery;
        try (var batch = mailer.open()) {
            delivery = batch.deliver(new OutgoingEmail(new QueuedEmailId(1),
                    new Email.FirstMessage(UserId.random(), UUID.randomUUID(), "ravi_k"),
                    new EmailAddress("asha@example.com"), "t.o.k"));
        }

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Deferred.class,
                deferred -> assertThat(deferred.reason()).startsWith("cannot write " + notAFolder));
    }

    private static MimeMessage read(Path file) throws Exception {
        try (var in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
