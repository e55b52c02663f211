package app.bettertalk.core.mailing;

import app.bettertalk.core.shared.DomainException;

/** Identity of one email in the outbox: the number the store gave it, also its stable Message-ID's part. */
public record QueuedEmailId(long value) {
    public QueuedEmailId {
        if (value <= 0) {
            throw new DomainException.Validation("id", "must be a positive number");
        }
    }

    /** Reads an id typed by an operator; anything but a positive whole number is a validation error. */
    public static QueuedEmailId parse(String text) {
        try {
            return new QueuedEmailId(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            throw new DomainException.Validation("id", "must be a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
