package app.bettertalk.core.audit;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.UserId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link AuditTrail} in memory: a list that only grows (but for a rolled-back unit of work). */
public final class InMemoryAuditTrail implements AuditTrail, InMemoryState {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> recent(Optional<UserId> person, int limit) {
        return entries.stream()
                .filter(entry -> person.map(who -> entry.reader().equals(who) || entry.whose().equals(who))
                        .orElse(true))
                .sorted(Comparator.comparing(AuditEntry::at).thenComparing(entry -> entry.id().toString())
                        .reversed())
                .limit(limit).toList();
    }

    /** Every entry, oldest first. */
    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized Object snapshot() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized void restore(Object snapshot) {
        entries.clear();
        entries.addAll((List<AuditEntry>) snapshot);
    }
}
