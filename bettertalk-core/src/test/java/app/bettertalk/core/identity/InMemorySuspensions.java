package app.bettertalk.core.identity;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/** {@link Suspensions} in memory. */
public final class InMemorySuspensions implements Suspensions, InMemoryState {
    private final InMemoryTable<UUID, Suspension> table = new InMemoryTable<>();

    @Override
    public void add(Suspension suspension) {
        table.put(UUID.randomUUID(), suspension);
    }

    @Override
    public Optional<Suspension> inForce(UserId user, Instant now) {
        return table.rows(suspension -> suspension.user().equals(user) && suspension.inForceAt(now)).stream()
                .max(Comparator.comparing((Suspension suspension) -> suspension.until().orElse(Instant.MAX)));
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
