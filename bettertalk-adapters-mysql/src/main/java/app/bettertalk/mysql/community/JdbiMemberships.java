package app.bettertalk.mysql.community;

import app.bettertalk.core.community.GroupId;
import app.bettertalk.core.community.Memberships;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link Memberships} in {@code group_members}; the primary key makes joining twice a no-op. */
public final class JdbiMemberships implements Memberships {
    private final Jdbi jdbi;

    public JdbiMemberships(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean join(GroupId group, UserId user, Instant at) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO group_members (group_id, user_id, joined_at) VALUES (?, ?, ?)")
                    .bind(0, Columns.id(group.value())).bind(1, Columns.id(user.value())).bind(2, Columns.at(at))
                    .execute());
            return true;
        } catch (RuntimeException e) {
            if (StoreErrors.duplicateKey(e).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean leave(GroupId group, UserId user) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM group_members WHERE group_id = ? AND user_id = ?")
                .bind(0, Columns.id(group.value())).bind(1, Columns.id(user.value())).execute()) > 0;
    }

    @Override
    public boolean isMember(GroupId group, UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM group_members WHERE group_id = ? AND user_id = ?")
                .bind(0, Columns.id(group.value())).bind(1, Columns.id(user.value())).mapTo(Integer.class).one()) > 0;
    }

    @Override
    public Map<GroupId, Integer> memberCounts(Collection<GroupId> groups) {
        var counts = new HashMap<GroupId, Integer>();
        if (groups.isEmpty()) {
            return counts;
        }
        jdbi.useHandle(handle -> handle.createQuery(
                        "SELECT group_id, COUNT(*) AS members FROM group_members WHERE group_id IN (<ids>) "
                                + "GROUP BY group_id")
                .bindList("ids", groups.stream().map(id -> Columns.id(id.value())).toList())
                .map((rs, ctx) -> counts.put(new GroupId(Columns.uuid(rs, "group_id")), rs.getInt("members")))
                .list());
        return counts;
    }

    @Override
    public List<GroupId> groupsOf(UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT group_id FROM group_members WHERE user_id = ? ORDER BY seq")
                .bind(0, Columns.id(user.value()))
                .map((rs, ctx) -> new GroupId(Columns.uuid(rs, "group_id"))).list());
    }
}
