package app.bettertalk.mysql.notification;

import app.bettertalk.core.notification.Email;
import app.bettertalk.core.notification.Outbox;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.List;

/**
 * {@link Outbox} as rows of {@code email_outbox}, written in the caller's transaction; the unique deduplication key
 * keeps the first row of an event and turns every later one into a no-op.
 */
public final class JdbiOutbox implements Outbox {
    static final String QUEUED = "QUEUED";
    private static final int ROWS_PER_INSERT = 1_000;

    private final Jdbi jdbi;

    public JdbiOutbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean queue(Email email, Instant at) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO email_outbox (deduplication_key, kind, recipient_id, payload, status, due_at,
                                                      created_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .bind(0, email.deduplicationKey()).bind(1, email.kind().name())
                    .bind(2, Columns.id(email.recipient().value())).bind(3, EmailCodec.encode(email))
                    .bind(4, QUEUED).bind(5, Columns.at(at)).bind(6, Columns.at(at)).bind(7, Columns.at(at))
                    .execute());
            return true;
        } catch (RuntimeException e) {
            if (StoreErrors.isDuplicateOf(e, "uq_email_outbox_dedup")) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Multi-row INSERTs of at most {@link #ROWS_PER_INSERT} rows (the servers allow 65,535 placeholders a statement);
     * a known key keeps its row, as the no-op ON DUPLICATE KEY UPDATE says on H2, MariaDB and MySQL alike.
     */
    @Override
    public void queueAll(List<? extends Email> emails, Instant at) {
        for (var from = 0; from < emails.size(); from += ROWS_PER_INSERT) {
            var chunk = emails.subList(from, Math.min(emails.size(), from + ROWS_PER_INSERT));
            var rows = String.join(", ", chunk.stream().map(email -> "(?, ?, ?, ?, ?, ?, ?, ?)").toList());
            var when = Columns.at(at);
            jdbi.useHandle(handle -> {
                var insert = handle.createUpdate("INSERT INTO email_outbox (deduplication_key, kind, recipient_id, "
                        + "payload, status, due_at, created_at, updated_at) VALUES " + rows
                        + " ON DUPLICATE KEY UPDATE deduplication_key = deduplication_key");
                var position = 0;
                for (var email : chunk) {
                    insert.bind(position++, email.deduplicationKey()).bind(position++, email.kind().name())
                            .bind(position++, Columns.id(email.recipient().value()))
                            .bind(position++, EmailCodec.encode(email)).bind(position++, QUEUED)
                            .bind(position++, when).bind(position++, when).bind(position++, when);
                }
                insert.execute();
            });
        }
    }
}
