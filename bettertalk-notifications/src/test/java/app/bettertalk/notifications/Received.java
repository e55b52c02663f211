package app.bettertalk.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** An email as its recipient's mail program sees it: headers, and each alternative decoded. */
record Received(String to, String from, String subject, String messageId, String listUnsubscribe,
                String contentType, String text, String html, String raw) {

    static Received of(MimeMessage message) {
        try {
            var to = Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
            var text = "";
            var html = "";
            if (message.getContent() instanceof MimeMultipart parts) {
                for (var i = 0; i < parts.getCount(); i++) {
                    var part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
            }
            var raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return new Received(String.join(",", to), message.getFrom()[0].toString(), message.getSubject(),
                    message.getMessageID(), header(message, "List-Unsubscribe"), message.getContentType(), text, html,
                    raw.toString(StandardCharsets.UTF_8));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Received> all(MimeMessage[] messages) {
        return Arrays.stream(messages).map(Received::of).toList();
    }

    /** Everything a reader could see: headers and both bodies, decoded. */
    String everything() {
        return raw + "\n" + subject + "\n" + text + "\n" + html;
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        var values = message.getHeader(name);
        return values == null ? "" : values[0];
    }
}
