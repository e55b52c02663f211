package app.bettertalk.core.mailing;

import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.notification.Email;

import java.util.Objects;

/**
 * One email ready for a {@link Mailer}: its facts, the address to write to and, for the kinds a person may turn
 * off, the signed token of its unsubscribe link (empty for the kinds that are always sent).
 */
public record OutgoingEmail(QueuedEmailId id, Email email, EmailAddress to, String unsubscribeToken) {
    public OutgoingEmail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(to, "to");
        unsubscribeToken = unsubscribeToken == null ? "" : unsubscribeToken;
        if (email.kind().optional() == unsubscribeToken.isEmpty()) {
            throw new IllegalArgumentException("an optional email has an unsubscribe token, a required one none");
        }
    }
}
