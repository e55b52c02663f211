package app.bettertalk.notifications;

import app.bettertalk.core.mailing.Delivery;
import app.bettertalk.core.mailing.Mailer;
import app.bettertalk.core.mailing.OutgoingEmail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.util.Properties;

/**
 * {@link Mailer} over SMTP with Jakarta Mail (Angus). A run of sends (one sweep) connects on its first email and
 * reuses the connection for the rest; a failure closes it and the next email connects afresh, except after the server
 * could not be reached at all: then the rest of the run is put off at once rather than each waiting out the connect
 * timeout.
 */
public final class SmtpMailer implements Mailer {
    private final SmtpServer server;
    private final MessageComposer composer;
    private final Session session;

    public SmtpMailer(SmtpServer server, MessageComposer composer) {
        this.server = server;
        this.composer = composer;
        this.session = Session.getInstance(properties(server, composer.domain()));
    }

    @Override
    public Connection open() {
        return new SmtpConnection();
    }

    private static Properties properties(SmtpServer server, String greetingName) {
        var protocol = server.security() == SmtpServer.Security.SSL ? "smtps" : "smtp";
        var p = new Properties();
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty("mail." + protocol + ".host", server.host());
        p.setProperty("mail." + protocol + ".port", Integer.toString(server.port()));
        p.setProperty("mail." + protocol + ".connectiontimeout", Long.toString(server.connectTimeout().toMillis()));
        p.setProperty("mail." + protocol + ".timeout", Long.toString(server.timeout().toMillis()));
        p.setProperty("mail." + protocol + ".writetimeout", Long.toString(server.timeout().toMillis()));
        // Said in EHLO; without it Jakarta Mail looks up this machine's name, which can be slow.
        p.setProperty("mail." + protocol + ".localhost", greetingName);
        p.setProperty("mail." + protocol + ".auth", Boolean.toString(!server.username().isEmpty()));
        if (server.security() == SmtpServer.Security.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (server.security() != SmtpServer.Security.NONE) {
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** One connection's worth of sends. Not thread-safe: a dispatcher delivers on one thread. */
    private final class SmtpConnection implements Connection {
        private Transport transport;
        private String unreachable;

        @Override
        public Delivery deliver(OutgoingEmail email) {
            if (unreachable != null) {
                return new Delivery.Deferred(unreachable);
            }
            try {
                var message = composer.compose(session, email);
                connection().sendMessage(message, message.getAllRecipients());
                return new Delivery.Accepted(composer.messageId(email.id()));
            } catch (MessagingException failure) {
                close();
                var delivery = SmtpFailures.classify(failure);
                if (SmtpFailures.isUnreachable(failure)) {
                    unreachable = ((Delivery.Deferred) delivery).reason();
                }
                return delivery;
            }
        }

        private Transport connection() throws MessagingException {
            if (transport == null) {
                var opened = session.getTransport();
                opened.connect(server.host(), server.port(), server.username().isEmpty() ? null : server.username(),
                        server.username().isEmpty() ? null : server.password());
                transport = opened;
            }
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // The connection is being dropped either way; nothing was left unsaid.
                }
                transport = null;
            }
        }
    }
}
