package app.bettertalk.mysql.community;

import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.GroupId;
import app.bettertalk.core.community.Groups;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link Groups} in {@code topic_groups}; the lower-cased name is a unique key. */
public final class JdbiGroups implements Groups {
    private final Jdbi jdbi;

    public JdbiGroups(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Group> byId(GroupId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM topic_groups WHERE id = ?")
                .bind(0, Columns.id(id.value())).map(JdbiGroups::group).findOne());
    }

    @Override
    public Optional<Group> byName(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM topic_groups WHERE name_key = ?")
                .bind(0, name.strip().toLowerCase(Locale.ROOT)).map(JdbiGroups::group).findOne());
    }

    @Override
    public List<Group> all() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM topic_groups ORDER BY name_key")
                .map(JdbiGroups::group).list());
    }

    @Override
    public void add(Group group) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO topic_groups (id, name, name_key, description, created_by, created_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .bind(0, Columns.id(group.id().value())).bind(1, group.name()).bind(2, group.nameKey())
                    .bind(3, group.description()).bind(4, Columns.id(group.createdBy().value()))
                    .bind(5, Columns.at(group.createdAt())).execute());
        } catch (RuntimeException e) {
            if (StoreErrors.isDuplicateOf(e, "uq_topic_groups_name_key")) {
                throw new DomainException.Conflict("group_name_taken", "A group with that name exists.");
            }
            throw e;
        }
    }

    private static Group group(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Group(new GroupId(Columns.uuid(rs, "id")), rs.getString("name"), rs.getString("description"),
                new UserId(Columns.uuid(rs, "created_by")), Columns.instant(rs, "created_at"));
    }
}
