package app.bettertalk.core.notification;

import app.bettertalk.core.shared.Port;

import java.time.Instant;
import java.util.List;

/**
 * Emails waiting to be sent, written in the same unit of work as the change that owes them, so an email exists iff
 * its cause committed. Delivery is the notifications adapter's.
 */
@Port
public interface Outbox {
    /** Queues {@code email} as due at {@code at}; false, and nothing queued, when its deduplication key is known. */
    boolean queue(Email email, Instant at);

    /**
     * Queues each of {@code emails} as {@link #queue} would, those with a known deduplication key ignored; a store
     * may write them all in a few statements, as a sweep that owes thousands needs.
     */
    default void queueAll(List<? extends Email> emails, Instant at) {
        emails.forEach(email -> queue(email, at));
    }
}
