package app.bettertalk.mysql.mailing;

import app.bettertalk.core.mailing.DeliveryOutcome;
import app.bettertalk.core.mailing.EmailStatus;
import app.bettertalk.core.mailing.Lease;
import app.bettertalk.core.mailing.QueuedEmail;
import app.bettertalk.core.mailing.QueuedEmailId;
import app.bettertalk.core.mailing.QueuedEmails;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.notification.EmailCodec;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link QueuedEmails} over {@code email_outbox}. A claim selects due, unleased rows {@code FOR UPDATE SKIP LOCKED}
 * and writes its lease on them in one short transaction, so concurrent claims (MySQL 8, MariaDB 10.6+, H2 2) pass
 * over each other's rows instead of waiting for them or taking them twice. (H2 applies the limit before skipping, so
 * there a racing claim may come back empty while the other holds the first rows; never with a row claimed twice.)
 * Outcomes are recorded only by the lease holder, with one conditional update.
 */
public final class JdbiQueuedEmails implements QueuedEmails {
    private static final String SELECT = """
            SELECT id, kind, recipient_id, payload, status, attempts, due_at, created_at,
                   COALESCE(updated_at, created_at) AS changed_at, smtp_message_id, last_error
            FROM email_outbox
            """;

    private final Jdbi jdbi;

    public JdbiQueuedEmails(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<QueuedEmail> claim(Lease lease, int limit) {
        var at = Columns.at(lease.takenAt());
        return jdbi.inTransaction(handle -> {
            var ids = handle.createQuery("""
                            SELECT id FROM email_outbox
                            WHERE status = 'QUEUED' AND due_at <= :at AND (leased_until IS NULL OR leased_until <= :at)
                            ORDER BY due_at, id
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED""")
                    .bind("at", at).bind("limit", limit).mapTo(Long.class).list();
            if (ids.isEmpty()) {
                return List.<QueuedEmail>of();
            }
            handle.createUpdate("""
                            UPDATE email_outbox SET lease_holder = :holder, leased_until = :until
                            WHERE id IN (<ids>)""")
                    .bind("holder", lease.holder()).bind("until", Columns.at(lease.expiresAt()))
                    .bindList("ids", ids).execute();
            return handle.createQuery(SELECT + "WHERE id IN (<ids>) ORDER BY due_at, id")
                    .bindList("ids", ids).map(JdbiQueuedEmails::email).list();
        });
    }

    @Override
    public boolean recordOutcome(QueuedEmailId id, Lease lease, DeliveryOutcome outcome) {
        var settled = switch (outcome) {
            case DeliveryOutcome.Sent sent -> new Settled(EmailStatus.SENT, 1, null, sent.messageId(), null, sent.at());
            case DeliveryOutcome.RetryLater retry ->
                    new Settled(EmailStatus.QUEUED, 1, retry.dueAt(), null, retry.reason(), null);
            case DeliveryOutcome.Failed failed -> new Settled(EmailStatus.FAILED, 1, null, null, failed.reason(), null);
            case DeliveryOutcome.Skipped skipped ->
                    new Settled(EmailStatus.SKIPPED, 0, null, null, skipped.reason(), null);
        };
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE email_outbox
                        SET status = :status, attempts = attempts + :attempt, due_at = COALESCE(:dueAt, due_at),
                            smtp_message_id = COALESCE(:messageId, smtp_message_id),
                            last_error = COALESCE(:error, last_error), sent_at = COALESCE(:sentAt, sent_at),
                            updated_at = :at, lease_holder = NULL, leased_until = NULL
                        WHERE id = :id AND lease_holder = :holder AND status = 'QUEUED'""")
                .bind("status", settled.status().name()).bind("attempt", settled.attempt())
                .bind("dueAt", at(settled.dueAt())).bind("messageId", settled.messageId())
                .bind("error", settled.error()).bind("sentAt", at(settled.sentAt()))
                .bind("at", Columns.at(outcome.at())).bind("id", id.value()).bind("holder", lease.holder())
                .execute()) == 1;
    }

    @Override
    public Optional<QueuedEmail> byId(QueuedEmailId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = ?").bind(0, id.value())
                .map(JdbiQueuedEmails::email).findOne());
    }

    @Override
    public List<QueuedEmail> list(Set<EmailStatus> statuses, int limit) {
        return jdbi.withHandle(handle -> {
            var query = statuses.isEmpty()
                    ? handle.createQuery(SELECT + "ORDER BY id DESC LIMIT :limit")
                    : handle.createQuery(SELECT + "WHERE status IN (<statuses>) ORDER BY id DESC LIMIT :limit")
                            .bindList("statuses", statuses.stream().map(Enum::name).toList());
            return query.bind("limit", limit).map(JdbiQueuedEmails::email).list();
        });
    }

    @Override
    public boolean requeue(QueuedEmailId id, Instant dueAt) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE email_outbox
                        SET status = 'QUEUED', attempts = 0, due_at = :dueAt, updated_at = :dueAt,
                            lease_holder = NULL, leased_until = NULL
                        WHERE id = :id AND status = 'FAILED'""")
                .bind("dueAt", Columns.at(dueAt)).bind("id", id.value()).execute()) == 1;
    }

    /** What one outcome writes: NULL leaves a column as it was. */
    private record Settled(EmailStatus status, int attempt, Instant dueAt, String messageId, String error,
                           Instant sentAt) {
    }

    private static String at(Instant instant) {
        return instant == null ? null : Columns.at(instant);
    }

    private static QueuedEmail email(ResultSet rs, StatementContext ctx) throws SQLException {
        var kind = EmailKind.valueOf(rs.getString("kind"));
        var recipient = new UserId(Columns.uuid(rs, "recipient_id"));
        return new QueuedEmail(new QueuedEmailId(rs.getLong("id")),
                EmailCodec.decode(kind, recipient, rs.getString("payload")),
                EmailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), Columns.instant(rs, "due_at"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "changed_at"),
                rs.getString("smtp_message_id"), rs.getString("last_error"));
    }

    @Override
    public List<QueuedEmail> toRecipient(UserId recipient, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "WHERE recipient_id = :recipient ORDER BY id DESC LIMIT :limit")
                .bind("recipient", Columns.id(recipient.value())).bind("limit", limit)
                .map(JdbiQueuedEmails::email).list());
    }

    @Override
    public int dropUnsentTo(UserId recipient) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM email_outbox WHERE recipient_id = :recipient AND status = 'QUEUED'")
                .bind("recipient", Columns.id(recipient.value())).execute());
    }
}
