package app.bettertalk.core.mailing;

import app.bettertalk.core.notification.Email;

import java.time.Instant;
import java.util.Objects;

/**
 * One email in the outbox as the delivery side sees it.
 *
 * @param attempts  how many times a send was tried and its outcome recorded
 * @param updatedAt when it was queued or last changed
 * @param messageId the Message-ID the mail server accepted it under; empty until sent
 * @param lastError why the last attempt did not send it, or why it was skipped; empty if nothing went wrong
 */
public record QueuedEmail(QueuedEmailId id, Email email, EmailStatus status, int attempts, Instant dueAt,
                          Instant createdAt, Instant updatedAt, String messageId, String lastError) {
    public QueuedEmail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        messageId = messageId == null ? "" : messageId;
        lastError = lastError == null ? "" : lastError;
    }
}
