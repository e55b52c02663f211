package app.bettertalk.core.community;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link Groups} in memory, with group names unique ignoring case. */
public final class InMemoryGroups implements Groups, InMemoryState {
    private final InMemoryTable<GroupId, Group> table = new InMemoryTable<>();

    @Override
    public Optional<Group> byId(GroupId id) {
        return table.get(id);
    }

    @Override
    public Optional<Group> byName(String name) {
        var key = name.strip().toLowerCase(Locale.ROOT);
        return table.rows(group -> group.nameKey().equals(key)).stream().findFirst();
    }

    @Override
    public List<Group> all() {
        return table.rows().stream().sorted(Comparator.comparing(Group::nameKey)).toList();
    }

    @Override
    public synchronized void add(Group group) {
        if (byName(group.name()).isPresent()) {
            throw new DomainException.Conflict("group_name_taken", "A group with that name exists.");
        }
        table.put(group.id(), group);
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
