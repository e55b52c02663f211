package app.bettertalk.mysql.mentor;

import app.bettertalk.core.mentor.DirectoryCriteria;
import app.bettertalk.core.mentor.DirectoryPage;
import app.bettertalk.core.mentor.DirectorySort;
import app.bettertalk.core.mentor.MentorCard;
import app.bettertalk.core.mentor.MentorDirectory;
import app.bettertalk.core.mentor.Rating;
import app.bettertalk.core.mentor.Recommendation;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link MentorDirectory} as one query that runs unchanged on MySQL, MariaDB and H2: plain joins and {@code EXISTS}
 * over {@code mentor_tags}, no FULLTEXT, and {@code LIKE} over lower-cased text with {@code !} as its escape
 * character (a backslash means different things to each database), every value typed by a person bound.
 */
public final class JdbiMentorDirectory implements MentorDirectory {
    /** The mentor's name as their page shows it ({@code User.publicName}): the one place the SQL names it. */
    static final String NAME = "CASE WHEN u.display_name <> '' THEN u.display_name "
            + "ELSE COALESCE(u.anonymous_username, '') END";

    private static final String SELECT = """
            SELECT m.user_id, %s AS mentor_name, m.headline, m.experience_years, m.created_at, m.updated_at,
                   p.min_price, COALESCE(r.review_count, 0) AS review_count, COALESCE(r.star_total, 0) AS star_total
            FROM mentors m
            JOIN users u ON u.id = m.user_id
            LEFT JOIN mentor_ratings r ON r.mentor_id = m.user_id
            LEFT JOIN (SELECT mentor_id, MIN(price_paise) AS min_price FROM mentor_plans
                       WHERE is_active = TRUE GROUP BY mentor_id) p ON p.mentor_id = m.user_id
            WHERE m.is_verified = TRUE""".formatted(NAME);

    private static final String REVIEWS = "COALESCE(r.review_count, 0)";
    private static final String STARS = "COALESCE(r.star_total, 0)";

    private final Jdbi jdbi;

    public JdbiMentorDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public DirectoryPage search(DirectoryCriteria criteria) {
        return jdbi.withHandle(handle -> {
            var sql = new StringBuilder(SELECT);
            where(criteria, sql);
            sql.append("\nORDER BY ").append(orderBy(criteria.sort())).append("\nLIMIT :limit OFFSET :offset");
            var query = handle.createQuery(sql.toString());
            if (!criteria.topics().isEmpty()) {
                query.bindList("topics", criteria.topics());
            }
            if (!criteria.languages().isEmpty()) {
                query.bindList("languages", criteria.languages());
            }
            for (var i = 0; i < criteria.terms().size(); i++) {
                query.bind("term" + i, containing(criteria.terms().get(i)));
            }
            if (criteria.limitsPrice()) {
                query.bind("priceMax", criteria.priceMax().value());
            }
            var rows = query.bind("limit", criteria.pageSize() + 1).bind("offset", criteria.offset())
                    .map((rs, ctx) -> row(rs)).list();
            var hasNext = rows.size() > criteria.pageSize();
            var shown = hasNext ? rows.subList(0, criteria.pageSize()) : rows;
            return new DirectoryPage(criteria, withTags(handle, shown), hasNext);
        });
    }

    private static void where(DirectoryCriteria criteria, StringBuilder sql) {
        if (criteria.activePlanOnly()) {
            sql.append("\n  AND p.min_price IS NOT NULL");
        }
        if (criteria.limitsPrice()) {
            sql.append("\n  AND p.min_price <= :priceMax");
        }
        if (!criteria.topics().isEmpty()) {
            sql.append("\n  AND EXISTS (SELECT 1 FROM mentor_tags tp WHERE tp.mentor_id = m.user_id")
                    .append(" AND tp.kind = 'EXPERTISE' AND tp.tag_key IN (<topics>))");
        }
        if (!criteria.languages().isEmpty()) {
            sql.append("\n  AND EXISTS (SELECT 1 FROM mentor_tags tl WHERE tl.mentor_id = m.user_id")
                    .append(" AND tl.kind = 'LANGUAGE' AND tl.tag_key IN (<languages>))");
        }
        for (var i = 0; i < criteria.terms().size(); i++) {
            var like = " LIKE :term" + i + " ESCAPE '!'";
            sql.append("\n  AND (LOWER(").append(NAME).append(")").append(like)
                    .append(" OR LOWER(m.headline)").append(like).append(" OR LOWER(m.bio)").append(like)
                    .append(" OR EXISTS (SELECT 1 FROM mentor_tags tt WHERE tt.mentor_id = m.user_id AND tt.tag_key")
                    .append(like).append("))");
        }
    }

    /**
     * Each sort of {@link DirectorySort#order()} in SQL. Averages are divided in floating point ({@code 1e0}); two
     * equal fractions give the same number, and two different ones with counts this size never round together, so
     * the order is the core's exact one.
     */
    static String orderBy(DirectorySort sort) {
        var noPlanLast = "CASE WHEN p.min_price IS NULL THEN 1 ELSE 0 END";
        return switch (sort) {
            case RECOMMENDED -> "(" + Recommendation.PRIOR_STARS + " + " + STARS + ") * 1e0 / ("
                    + Recommendation.PRIOR_REVIEWS + " + " + REVIEWS + ") DESC, m.updated_at DESC, m.user_id";
            case PRICE_ASC -> noPlanLast + ", p.min_price, m.user_id";
            case PRICE_DESC -> noPlanLast + ", p.min_price DESC, m.user_id";
            case RATING -> "CASE WHEN " + REVIEWS + " = 0 THEN 1 ELSE 0 END, " + STARS + " * 1e0 / NULLIF(" + REVIEWS
                    + ", 0) DESC, " + REVIEWS + " DESC, m.user_id";
            case NEWEST -> "m.created_at DESC, m.user_id";
        };
    }

    /** A LIKE pattern for text containing {@code term} as typed: its {@code !}, {@code %} and {@code _} escaped. */
    static String containing(String term) {
        var pattern = new StringBuilder("%");
        term.chars().forEach(c -> {
            if (c == '!' || c == '%' || c == '_') {
                pattern.append('!');
            }
            pattern.append((char) c);
        });
        return pattern.append('%').toString();
    }

    private record Row(UUID id, String name, String headline, int experienceYears, Paise priceFrom, Rating rating,
                       Instant activeAt, Instant joinedAt) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        var price = rs.getLong("min_price");
        var priceFrom = rs.wasNull() ? MentorCard.NO_PLAN : new Paise(price);
        return new Row(Columns.uuid(rs, "user_id"), rs.getString("mentor_name"), rs.getString("headline"),
                rs.getInt("experience_years"), priceFrom,
                new Rating(rs.getInt("review_count"), rs.getLong("star_total")), Columns.instant(rs, "updated_at"),
                Columns.instant(rs, "created_at"));
    }

    private static List<MentorCard> withTags(Handle handle, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> expertise = new HashMap<>();
        Map<UUID, List<String>> languages = new HashMap<>();
        handle.createQuery("SELECT mentor_id, kind, tag FROM mentor_tags WHERE mentor_id IN (<ids>) "
                        + "ORDER BY mentor_id, kind, position")
                .bindList("ids", rows.stream().map(row -> Columns.id(row.id())).toList())
                .map((rs, ctx) -> {
                    var target = "EXPERTISE".equals(rs.getString("kind")) ? expertise : languages;
                    target.computeIfAbsent(Columns.uuid(rs, "mentor_id"), id -> new ArrayList<>())
                            .add(rs.getString("tag"));
                    return true;
                }).list();
        return rows.stream().map(row -> new MentorCard(new UserId(row.id()), row.name(), row.headline(),
                expertise.getOrDefault(row.id(), List.of()), languages.getOrDefault(row.id(), List.of()),
                row.experienceYears(), row.priceFrom(), row.rating(), row.activeAt(), row.joinedAt())).toList();
    }
}
