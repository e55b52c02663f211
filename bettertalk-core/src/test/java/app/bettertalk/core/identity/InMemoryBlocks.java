package app.bettertalk.core.identity;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Blocks} in memory. */
public final class InMemoryBlocks implements Blocks, InMemoryState {
    private record Pair(UserId blocker, UserId blocked) {
    }

    private record Row(Pair pair, Instant at) {
    }

    private final InMemoryTable<Pair, Row> table = new InMemoryTable<>();

    @Override
    public void block(UserId blocker, UserId blocked, Instant at) {
        var pair = new Pair(blocker, blocked);
        table.putIfAbsent(pair, new Row(pair, at));
    }

    @Override
    public void unblock(UserId blocker, UserId blocked) {
        table.remove(new Pair(blocker, blocked));
    }

    @Override
    public Set<UserId> blockedBy(UserId blocker) {
        return table.rows(row -> row.pair().blocker().equals(blocker)).stream().map(row -> row.pair().blocked())
                .collect(Collectors.toSet());
    }

    @Override
    public Object snapshot() {
        return table.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        table.restore(snapshot);
    }
}
