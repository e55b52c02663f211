package app.bettertalk.mysql.identity;

import app.bettertalk.core.identity.Suspension;
import app.bettertalk.core.identity.Suspensions;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.Optional;

/** {@link Suspensions} in {@code suspensions}; a ban has no {@code until_at}. */
public final class JdbiSuspensions implements Suspensions {
    private final Jdbi jdbi;

    public JdbiSuspensions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Suspension suspension) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO suspensions (user_id, since, until_at) VALUES (?, ?, ?)")
                .bind(0, Columns.id(suspension.user().value())).bind(1, Columns.at(suspension.since()))
                .bind(2, suspension.until().map(Columns::at).orElse(null)).execute());
    }

    @Override
    public Optional<Suspension> inForce(UserId user, Instant now) {
        var at = Columns.at(now);
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM suspensions WHERE user_id = ? AND since <= ? AND (until_at IS NULL OR until_at > ?)
                        ORDER BY until_at IS NULL DESC, until_at DESC LIMIT 1""")
                .bind(0, Columns.id(user.value())).bind(1, at).bind(2, at)
                .map((rs, ctx) -> new Suspension(user, Columns.instant(rs, "since"),
                        rs.getObject("until_at") == null ? Optional.empty()
                                : Optional.of(Columns.instant(rs, "until_at"))))
                .findOne());
    }
}
