package app.bettertalk.mysql.identity;

import app.bettertalk.core.identity.Blocks;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Blocks} in {@code blocks}, one row per blocker and blocked person. */
public final class JdbiBlocks implements Blocks {
    private final Jdbi jdbi;

    public JdbiBlocks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void block(UserId blocker, UserId blocked, Instant at) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO blocks (blocker_id, blocked_id, blocked_at) VALUES (?, ?, ?)")
                    .bind(0, Columns.id(blocker.value())).bind(1, Columns.id(blocked.value()))
                    .bind(2, Columns.at(at)).execute());
        } catch (RuntimeException e) {
            if (!StoreErrors.isDuplicateOf(e, "uq_blocks_pair")) {
                throw e;
            }
        }
    }

    @Override
    public void unblock(UserId blocker, UserId blocked) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM blocks WHERE blocker_id = ? AND blocked_id = ?")
                .bind(0, Columns.id(blocker.value())).bind(1, Columns.id(blocked.value())).execute());
    }

    @Override
    public Set<UserId> blockedBy(UserId blocker) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT blocked_id FROM blocks WHERE blocker_id = ?")
                .bind(0, Columns.id(blocker.value()))
                .map((rs, ctx) -> new UserId(Columns.uuid(rs, "blocked_id")))
                .collect(Collectors.toCollection(HashSet::new)));
    }
}
