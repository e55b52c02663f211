package app.bettertalk.mysql.audit;

import app.bettertalk.core.audit.AuditEntry;
import app.bettertalk.core.audit.AuditTrail;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link AuditTrail} in {@code audit_trail}: this class only ever inserts and reads. */
public final class JdbiAuditTrail implements AuditTrail {
    private final Jdbi jdbi;

    public JdbiAuditTrail(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_trail (id, reader_id, what, thing_id, whose_id, why, read_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, Columns.id(entry.id())).bind(1, Columns.id(entry.reader().value()))
                .bind(2, entry.what().name()).bind(3, Columns.id(entry.thing()))
                .bind(4, Columns.id(entry.whose().value())).bind(5, entry.why()).bind(6, Columns.at(entry.at()))
                .execute());
    }

    @Override
    public List<AuditEntry> recent(Optional<UserId> person, int limit) {
        return jdbi.withHandle(handle -> {
            var query = person.isPresent()
                    ? handle.createQuery("""
                            SELECT * FROM audit_trail WHERE reader_id = ? OR whose_id = ?
                            ORDER BY read_at DESC, id DESC LIMIT ?""")
                            .bind(0, Columns.id(person.get().value())).bind(1, Columns.id(person.get().value()))
                            .bind(2, limit)
                    : handle.createQuery("SELECT * FROM audit_trail ORDER BY read_at DESC, id DESC LIMIT ?")
                            .bind(0, limit);
            return query.map((rs, ctx) -> entry(rs)).list();
        });
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(Columns.uuid(rs, "id"), new UserId(Columns.uuid(rs, "reader_id")),
                AuditEntry.What.valueOf(rs.getString("what")), Columns.uuid(rs, "thing_id"),
                new UserId(Columns.uuid(rs, "whose_id")), rs.getString("why"), Columns.instant(rs, "read_at"));
    }
}
