package app.bettertalk.core.notification;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;

import java.time.Instant;
import java.util.List;

/** {@link Outbox} in memory: what would be sent, in the order it was queued, one per deduplication key. */
public final class InMemoryOutbox implements Outbox, InMemoryState {
    /** An email waiting to be sent. */
    public record Queued(Email email, Instant dueAt) {
    }

    private final InMemoryTable<String, Queued> table = new InMemoryTable<>();

    @Override
    public boolean queue(Email email, Instant at) {
        return table.putIfAbsent(email.deduplicationKey(), new Queued(email, at));
    }

    public List<Email> emails() {
        return table.rows().stream().map(Queued::email).toList();
    }

    public <E extends Email> List<E> emails(Class<E> kind) {
        return emails().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public List<Queued> queued() {
        return table.rows();
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
