package app.bettertalk.core.notification;

import app.bettertalk.core.shared.UserId;
import app.bettertalk.core.mailing.DeliveryOutcome;
import app.bettertalk.core.mailing.EmailStatus;
import app.bettertalk.core.mailing.Lease;
import app.bettertalk.core.mailing.QueuedEmail;
import app.bettertalk.core.mailing.QueuedEmailId;
import app.bettertalk.core.mailing.QueuedEmails;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link Outbox} and {@link QueuedEmails} in memory, over one table as in the database: what would be sent, in the
 * order it was queued, one per deduplication key, with each email's delivery state and lease.
 */
public final class InMemoryOutbox implements Outbox, QueuedEmails, InMemoryState {
    /** An email waiting to be sent. */
    public record Queued(Email email, Instant dueAt) {
    }

    private record Row(QueuedEmail email, String leaseHolder, Instant leasedUntil) {
        boolean claimableAt(Instant at) {
            return email.status() == EmailStatus.QUEUED && !email.dueAt().isAfter(at)
                    && (leasedUntil == null || !leasedUntil.isAfter(at));
        }
    }

    private final InMemoryTable<String, Row> table = new InMemoryTable<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized boolean queue(Email email, Instant at) {
        if (table.contains(email.deduplicationKey())) {
            return false;
        }
        var id = new QueuedEmailId(ids.incrementAndGet());
        table.put(email.deduplicationKey(), new Row(new QueuedEmail(id, email, EmailStatus.QUEUED, 0, at, at, at, "",
                ""), null, null));
        return true;
    }

    @Override
    public synchronized List<QueuedEmail> claim(Lease lease, int limit) {
        var claimed = table.rows(row -> row.claimableAt(lease.takenAt())).stream()
                .sorted(Comparator.comparing((Row row) -> row.email().dueAt())
                        .thenComparing(row -> row.email().id().value()))
                .limit(limit)
                .map(row -> new Row(row.email(), lease.holder(), lease.expiresAt()))
                .toList();
        claimed.forEach(row -> table.put(row.email().email().deduplicationKey(), row));
        return claimed.stream().map(Row::email).toList();
    }

    @Override
    public synchronized boolean recordOutcome(QueuedEmailId id, Lease lease, DeliveryOutcome outcome) {
        var found = row(id).filter(row -> lease.holder().equals(row.leaseHolder())
                && row.email().status() == EmailStatus.QUEUED);
        if (found.isEmpty()) {
            return false;
        }
        var was = found.get().email();
        var attempts = outcome instanceof DeliveryOutcome.Skipped ? was.attempts() : was.attempts() + 1;
        var now = switch (outcome) {
            case DeliveryOutcome.Sent sent -> new QueuedEmail(id, was.email(), EmailStatus.SENT, attempts, was.dueAt(),
                    was.createdAt(), sent.at(), sent.messageId(), was.lastError());
            case DeliveryOutcome.RetryLater retry -> new QueuedEmail(id, was.email(), EmailStatus.QUEUED, attempts,
                    retry.dueAt(), was.createdAt(), retry.at(), "", retry.reason());
            case DeliveryOutcome.Failed failed -> new QueuedEmail(id, was.email(), EmailStatus.FAILED, attempts,
                    was.dueAt(), was.createdAt(), failed.at(), "", failed.reason());
            case DeliveryOutcome.Skipped skipped -> new QueuedEmail(id, was.email(), EmailStatus.SKIPPED, attempts,
                    was.dueAt(), was.createdAt(), skipped.at(), "", skipped.reason());
        };
        table.put(was.email().deduplicationKey(), new Row(now, null, null));
        return true;
    }

    @Override
    public synchronized Optional<QueuedEmail> byId(QueuedEmailId id) {
        return row(id).map(Row::email);
    }

    @Override
    public synchronized List<QueuedEmail> list(Set<EmailStatus> statuses, int limit) {
        return table.rows(row -> statuses.isEmpty() || statuses.contains(row.email().status())).stream()
                .map(Row::email)
                .sorted(Comparator.comparing((QueuedEmail email) -> email.id().value()).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean requeue(QueuedEmailId id, Instant dueAt) {
        var found = row(id).map(Row::email).filter(email -> email.status() == EmailStatus.FAILED);
        found.ifPresent(was -> table.put(was.email().deduplicationKey(), new Row(new QueuedEmail(id, was.email(),
                EmailStatus.QUEUED, 0, dueAt, was.createdAt(), dueAt, "", was.lastError()), null, null)));
        return found.isPresent();
    }

    public List<Email> emails() {
        return table.rows().stream().map(row -> row.email().email()).toList();
    }

    public <E extends Email> List<E> emails(Class<E> kind) {
        return emails().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public List<Queued> queued() {
        return table.rows().stream().map(row -> new Queued(row.email().email(), row.email().createdAt())).toList();
    }

    /** Every email with its delivery state, in the order queued. */
    public List<QueuedEmail> all() {
        return table.rows().stream().map(Row::email).toList();
    }

    private Optional<Row> row(QueuedEmailId id) {
        return table.rows(row -> row.email().id().equals(id)).stream().findFirst();
    }

    @Override
    public Object snapshot() {
        return table.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        table.restore(snapshot);
    }

    @Override
    public synchronized List<QueuedEmail> toRecipient(UserId recipient, int limit) {
        return table.rows(row -> row.email().email().recipient().equals(recipient)).stream().map(Row::email)
                .sorted(Comparator.comparing((QueuedEmail email) -> email.id().value()).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized int dropUnsentTo(UserId recipient) {
        var unsent = table.rows(row -> row.email().email().recipient().equals(recipient)
                && row.email().status() == EmailStatus.QUEUED);
        unsent.forEach(row -> table.remove(row.email().email().deduplicationKey()));
        return unsent.size();
    }
}
