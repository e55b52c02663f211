package app.bettertalk.core.mailing;

import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.UserId;

import java.util.Objects;

/** What an unsubscribe link asks: that {@code person} stop receiving {@code kind}. */
public record Unsubscription(UserId person, EmailKind kind) {
    public Unsubscription {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        if (!kind.optional()) {
            throw new IllegalArgumentException(kind + " cannot be unsubscribed from");
        }
    }
}
