package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** {@link Mentors} in memory. */
public final class InMemoryMentors implements Mentors, InMemoryState {
    private final InMemoryTable<UserId, Mentor> table = new InMemoryTable<>();

    @Override
    public Optional<Mentor> byId(UserId id) {
        return table.get(id);
    }

    @Override
    public List<Mentor> byIds(Collection<UserId> ids) {
        var wanted = new HashSet<>(ids);
        return table.rows(mentor -> wanted.contains(mentor.id()));
    }

    @Override
    public List<Mentor> list(boolean unverifiedOnly, int limit) {
        return table.rows(mentor -> !unverifiedOnly || !mentor.verified()).stream()
                .sorted(Comparator.comparing(Mentor::createdAt)).limit(limit).toList();
    }

    @Override
    public void add(Mentor mentor) {
        if (!table.putIfAbsent(mentor.id(), mentor)) {
            throw new DomainException.Conflict("already_a_mentor", "You have already applied to mentor.");
        }
    }

    @Override
    public void update(Mentor mentor) {
        table.get(mentor.id()).orElseThrow(() -> new IllegalStateException("no stored mentor " + mentor.id()));
        table.put(mentor.id(), mentor);
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
