package app.bettertalk.mysql.mentor;

import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Mentors} in {@code mentors}, with expertise tags and languages in {@code mentor_tags}, in order, each with
 * its lower-cased key for the directory.
 */
public final class JdbiMentors implements Mentors {
    private static final String EXPERTISE = "EXPERTISE";
    private static final String LANGUAGE = "LANGUAGE";

    private final Jdbi jdbi;

    public JdbiMentors(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Row(UUID id, String publicName, String headline, String bio, int experienceYears,
                       boolean verified, Instant createdAt, Instant updatedAt) {
    }

    @Override
    public Optional<Mentor> byId(UserId id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Mentor> byIds(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> withTags(handle, handle.createQuery(
                        "SELECT * FROM mentors WHERE user_id IN (<ids>)")
                .bindList("ids", ids.stream().map(id -> Columns.id(id.value())).toList())
                .map((rs, ctx) -> row(rs)).list()));
    }

    @Override
    public List<Mentor> list(boolean unverifiedOnly, int limit) {
        var where = unverifiedOnly ? "WHERE is_verified = FALSE " : "";
        return jdbi.withHandle(handle -> withTags(handle, handle.createQuery(
                        "SELECT * FROM mentors " + where + "ORDER BY created_at, user_id LIMIT ?")
                .bind(0, limit).map((rs, ctx) -> row(rs)).list()));
    }

    @Override
    public void add(Mentor mentor) {
        try {
            jdbi.useHandle(handle -> {
                handle.createUpdate("""
                                INSERT INTO mentors (headline, bio, experience_years, is_verified, created_at,
                                                     updated_at, public_name, user_id)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .bind(0, mentor.headline()).bind(1, mentor.bio()).bind(2, mentor.experienceYears())
                        .bind(3, mentor.verified()).bind(4, Columns.at(mentor.createdAt()))
                        .bind(5, Columns.at(mentor.updatedAt())).bind(6, mentor.publicName())
                        .bind(7, Columns.id(mentor.id().value()))
                        .execute();
                writeTags(handle, mentor);
            });
        } catch (RuntimeException e) {
            if (StoreErrors.duplicateKey(e).isPresent()) {
                throw new DomainException.Conflict("already_a_mentor", "You have already applied to mentor.");
            }
            throw e;
        }
    }

    @Override
    public void update(Mentor mentor) {
        jdbi.useHandle(handle -> {
            handle.createUpdate("""
                            UPDATE mentors SET headline = ?, bio = ?, experience_years = ?, is_verified = ?,
                                               created_at = ?, updated_at = ?, public_name = ?
                            WHERE user_id = ?""")
                    .bind(0, mentor.headline()).bind(1, mentor.bio()).bind(2, mentor.experienceYears())
                    .bind(3, mentor.verified()).bind(4, Columns.at(mentor.createdAt()))
                    .bind(5, Columns.at(mentor.updatedAt())).bind(6, mentor.publicName())
                    .bind(7, Columns.id(mentor.id().value()))
                    .execute();
            handle.createUpdate("DELETE FROM mentor_tags WHERE mentor_id = ?")
                    .bind(0, Columns.id(mentor.id().value())).execute();
            writeTags(handle, mentor);
        });
    }

    private static void writeTags(Handle handle, Mentor mentor) {
        var batch = handle.prepareBatch(
                "INSERT INTO mentor_tags (mentor_id, kind, position, tag, tag_key) VALUES (?, ?, ?, ?, ?)");
        var id = Columns.id(mentor.id().value());
        for (var i = 0; i < mentor.expertise().size(); i++) {
            var tag = mentor.expertise().get(i);
            batch.bind(0, id).bind(1, EXPERTISE).bind(2, i).bind(3, tag).bind(4, key(tag)).add();
        }
        for (var i = 0; i < mentor.languages().size(); i++) {
            var tag = mentor.languages().get(i);
            batch.bind(0, id).bind(1, LANGUAGE).bind(2, i).bind(3, tag).bind(4, key(tag)).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** The tag as the directory compares it: lower-cased here, not by each database's own collation. */
    static String key(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }

    private static List<Mentor> withTags(Handle handle, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var expertise = new HashMap<UUID, List<String>>();
        var languages = new HashMap<UUID, List<String>>();
        handle.createQuery("SELECT * FROM mentor_tags WHERE mentor_id IN (<ids>) ORDER BY mentor_id, kind, position")
                .bindList("ids", rows.stream().map(row -> Columns.id(row.id())).toList())
                .map((rs, ctx) -> {
                    Map<UUID, List<String>> target = EXPERTISE.equals(rs.getString("kind")) ? expertise : languages;
                    target.computeIfAbsent(Columns.uuid(rs, "mentor_id"), id -> new ArrayList<>())
                            .add(rs.getString("tag"));
                    return null;
                }).list();
        return rows.stream().map(row -> new Mentor(new UserId(row.id()), row.publicName(), row.headline(),
                row.bio(), expertise.getOrDefault(row.id(), List.of()), languages.getOrDefault(row.id(), List.of()),
                row.experienceYears(), row.verified(), row.createdAt(), row.updatedAt())).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(Columns.uuid(rs, "user_id"), rs.getString("public_name"), rs.getString("headline"),
                rs.getString("bio"), rs.getInt("experience_years"), rs.getBoolean("is_verified"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }
}
