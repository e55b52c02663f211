package app.bettertalk.mysql.identity;

import app.bettertalk.core.identity.Session;
import app.bettertalk.core.identity.Sessions;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.Optional;

/** {@link Sessions} in {@code web_sessions}, keyed by the token's hash. */
public final class JdbiSessions implements Sessions {
    private final Jdbi jdbi;

    public JdbiSessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Session session) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO web_sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .bind(0, session.tokenHash()).bind(1, Columns.id(session.user().value()))
                .bind(2, session.csrfToken()).bind(3, Columns.at(session.createdAt()))
                .bind(4, Columns.at(session.lastSeenAt())).bind(5, Columns.at(session.expiresAt())).execute());
    }

    @Override
    public Optional<Session> byTokenHash(String tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM web_sessions WHERE token_hash = ?")
                .bind(0, tokenHash)
                .map((rs, ctx) -> new Session(rs.getString("token_hash"), new UserId(Columns.uuid(rs, "user_id")),
                        rs.getString("csrf_token"), Columns.instant(rs, "created_at"),
                        Columns.instant(rs, "last_seen_at"), Columns.instant(rs, "expires_at")))
                .findOne());
    }

    @Override
    public void touch(String tokenHash, Instant lastSeenAt) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE web_sessions SET last_seen_at = ? WHERE token_hash = ? AND last_seen_at < ?")
                .bind(0, Columns.at(lastSeenAt)).bind(1, tokenHash).bind(2, Columns.at(lastSeenAt)).execute());
    }

    @Override
    public boolean remove(String tokenHash) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM web_sessions WHERE token_hash = ?")
                .bind(0, tokenHash).execute()) > 0;
    }

    @Override
    public int removeAllOf(UserId user) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM web_sessions WHERE user_id = ?")
                .bind(0, Columns.id(user.value())).execute());
    }

    @Override
    public int removeEnded(Instant now, Instant unusedSince, int limit) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM web_sessions WHERE expires_at <= ? OR last_seen_at <= ? LIMIT ?")
                .bind(0, Columns.at(now)).bind(1, Columns.at(unusedSince)).bind(2, limit).execute());
    }
}
