package app.bettertalk.notifications;

import app.bettertalk.core.mailing.OutgoingEmail;
import app.bettertalk.core.mailing.QueuedEmailId;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.time.Clock;
import java.util.Date;

/**
 * Turns an outgoing email into a MIME message: from BetterTalk's address to the recipient's alone, the rendered
 * subject, a plain-text and an HTML alternative, and a Message-ID fixed by the outbox row ({@code
 * <outbox-42@domain>}), so a resent email is recognisably the same one.
 */
public final class MessageComposer {
    private final EmailTemplates templates;
    private final InternetAddress from;
    private final String domain;
    private final Clock clock;

    /** {@code from}: an address such as {@code BetterTalk <no-reply@bettertalk.app>}. */
    public MessageComposer(EmailTemplates templates, String from, Clock clock) {
        this.templates = templates;
        this.from = address(from);
        this.domain = this.from.getAddress().substring(this.from.getAddress().indexOf('@') + 1);
        this.clock = clock;
    }

    /** The domain of the sender's address, which names Message-IDs and greets SMTP servers. */
    public String domain() {
        return domain;
    }

    public String messageId(QueuedEmailId id) {
        return "<outbox-" + id.value() + "@" + domain + ">";
    }

    public MimeMessage compose(Session session, OutgoingEmail email) throws MessagingException {
        var rendered = templates.render(email);
        var message = new StableIdMessage(session, messageId(email.id()));
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to().value(), true));
        message.setSubject(rendered.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        if (!rendered.unsubscribeUrl().isEmpty()) {
            message.setHeader("List-Unsubscribe", "<" + rendered.unsubscribeUrl() + ">");
        }
        var text = new MimeBodyPart();
        text.setText(rendered.text(), "UTF-8", "plain");
        var html = new MimeBodyPart();
        html.setText(rendered.html(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    private static InternetAddress address(String from) {
        try {
            var address = new InternetAddress(from, true);
            if (!address.getAddress().contains("@")) {
                throw new IllegalArgumentException("the sender address must be like no-reply@example.com: " + from);
            }
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a sender address: " + from, e);
        }
    }

    /** A message whose Message-ID is ours, not one Jakarta Mail makes up when it saves the message. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
