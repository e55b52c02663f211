package app.bettertalk.core.community;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** {@link Memberships} in memory. */
public final class InMemoryMemberships implements Memberships, InMemoryState {
    private record Membership(GroupId group, UserId user, Instant joinedAt) {
    }

    private record Key(GroupId group, UserId user) {
    }

    private final InMemoryTable<Key, Membership> table = new InMemoryTable<>();

    @Override
    public boolean join(GroupId group, UserId user, Instant at) {
        return table.putIfAbsent(new Key(group, user), new Membership(group, user, at));
    }

    @Override
    public boolean leave(GroupId group, UserId user) {
        return table.remove(new Key(group, user));
    }

    @Override
    public boolean isMember(GroupId group, UserId user) {
        return table.contains(new Key(group, user));
    }

    @Override
    public Map<GroupId, Integer> memberCounts(Collection<GroupId> groups) {
        var wanted = new HashSet<>(groups);
        var counts = new HashMap<GroupId, Integer>();
        table.rows(membership -> wanted.contains(membership.group()))
                .forEach(membership -> counts.merge(membership.group(), 1, Integer::sum));
        return counts;
    }

    @Override
    public List<GroupId> groupsOf(UserId user) {
        return table.rows(membership -> membership.user().equals(user)).stream().map(Membership::group).toList();
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
