package app.bettertalk.core.notification;

import app.bettertalk.core.shared.Port;

import java.time.Instant;

/**
 * Emails waiting to be sent, written in the same unit of work as the change that owes them, so an email exists iff
 * its cause committed. Delivery is the notifications adapter's.
 */
@Port
public interface Outbox {
    /** Queues {@code email} as due at {@code at}; false, and nothing queued, when its deduplication key is known. */
    boolean queue(Email email, Instant at);
}
