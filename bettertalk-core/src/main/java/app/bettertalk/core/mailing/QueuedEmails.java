package app.bettertalk.core.mailing;

import app.bettertalk.core.shared.UserId;
import app.bettertalk.core.shared.Port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox's emails from the sending side: claimed in batches under a {@link Lease}, settled one by one, listed and
 * queued again by operators. Every method is atomic on its own; none needs the caller's unit of work.
 */
@Port
public interface QueuedEmails {
    /**
     * Leases up to {@code limit} queued emails due by {@code lease.takenAt()} that no unexpired lease holds, oldest due
     * first. Two claims, however concurrent, never return the same email while the first one's lease runs.
     */
    List<QueuedEmail> claim(Lease lease, int limit);

    /**
     * Records what became of a claimed email and releases it: sent, failed or skipped settle it, and count an attempt
     * (skipping does not); retry-later counts an attempt and makes it due again then. False, and nothing changed, when
     * {@code lease} no longer holds the email (another claim took it after this lease expired) or it is not queued.
     */
    boolean recordOutcome(QueuedEmailId id, Lease lease, DeliveryOutcome outcome);

    Optional<QueuedEmail> byId(QueuedEmailId id);

    /** Emails in any of {@code statuses} (every email when empty), newest first, at most {@code limit}. */
    List<QueuedEmail> list(Set<EmailStatus> statuses, int limit);

    /**
     * Queues a failed email again, due at {@code dueAt} with its attempts back to zero and its last error kept; false,
     * and nothing changed, when the email is not failed.
     */
    boolean requeue(QueuedEmailId id, Instant dueAt);

    /** The emails to {@code recipient}, sent or not, newest first, at most {@code limit}. */
    List<QueuedEmail> toRecipient(UserId recipient, int limit);

    /** Drops the emails to {@code recipient} that are not sent yet; returns how many. */
    int dropUnsentTo(UserId recipient);
}
