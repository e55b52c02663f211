package app.bettertalk.notifications;

import app.bettertalk.core.mailing.Delivery;
import app.bettertalk.core.mailing.Mailer;
import app.bettertalk.core.mailing.OutgoingEmail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Properties;

/**
 * {@link Mailer} for a machine without an SMTP server: each email becomes a file {@code outbox-<id>-<kind>.eml} in a
 * folder, readable by any mail program or text editor. The name comes from the outbox row, so an email delivered
 * twice overwrites its own file.
 */
public final class MailboxDirectoryMailer implements Mailer {
    private final Path folder;
    private final MessageComposer composer;
    private final Session session = Session.getInstance(new Properties());

    public MailboxDirectoryMailer(Path folder, MessageComposer composer) {
        this.folder = folder;
        this.composer = composer;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Connection open() {
        return new Connection() {
            @Override
            public Delivery deliver(OutgoingEmail email) {
                return write(email);
            }

            @Override
            public void close() {
            }
        };
    }

    private Delivery write(OutgoingEmail email) {
        var name = "outbox-" + email.id().value() + "-"
                + email.email().kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".eml";
        try {
            ownerOnly(folder);
            var message = composer.compose(session, email);
            var partial = Files.createTempFile(folder, ".writing-", ".eml");
            try (var out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return new Delivery.Accepted(composer.messageId(email.id()));
        } catch (IOException | MessagingException e) {
            return new Delivery.Deferred("cannot write " + folder.resolve(name) + ": " + e.getMessage());
        }
    }

    /** The folder holds whole emails with people's addresses: its owner alone may list or read it. */
    private static void ownerOnly(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
