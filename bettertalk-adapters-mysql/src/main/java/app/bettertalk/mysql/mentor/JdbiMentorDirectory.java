package app.bettertalk.mysql.mentor;

import app.bettertalk.core.mentor.DirectoryCriteria;
import app.bettertalk.core.mentor.DirectoryPage;
import app.bettertalk.core.mentor.DirectorySort;
import app.bettertalk.core.mentor.MentorDirectory;
import app.bettertalk.core.mentor.Recommendation;
import org.jdbi.v3.core.Jdbi;


/**
 * {@link MentorDirectory} as one query that runs unchanged on MySQL, MariaDB and H2: plain joins and {@code IN}
 * subqueries over {@code mentor_tags}, no FULLTEXT, and {@code LIKE} over lower-cased text with {@code !} as its escape
 * character (a backslash means different things to each database), every value typed by a person bound.
 */
public final class JdbiMentorDirectory implements MentorDirectory {
    /** The mentor's name as their page shows it ({@code User.publicName}): the one place the SQL names it. */
    static final String NAME = "m.public_name";

    /**
     * The mentor's lowest active price, read from the (mentor_id, is_active, price_paise) index; NULL for none. Only
     * the price sorts compute it for every candidate; the cards read it for their page alone.
     */
    private static final String PRICE = "(SELECT MIN(pp.price_paise) FROM mentor_plans pp "
            + "WHERE pp.mentor_id = m.user_id AND pp.is_active = TRUE)";

    /**
     * The ids of a page and no more, so the sort handles narrow rows; {@link DirectoryRows} then reads the page's
     * cards. The users are joined only when a term may match a name.
     */
    private static final String SELECT = "SELECT m.user_id FROM mentors m%s"
            + "\nLEFT JOIN mentor_ratings r ON r.mentor_id = m.user_id\nWHERE m.is_verified = TRUE";

    private static final String REVIEWS = "COALESCE(r.review_count, 0)";
    private static final String STARS = "COALESCE(r.star_total, 0)";

    private final Jdbi jdbi;

    public JdbiMentorDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public DirectoryPage search(DirectoryCriteria criteria) {
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(sql(criteria));
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
            var ids = query.bind("limit", criteria.pageSize() + 1).bind("offset", criteria.offset())
                    .map((rs, ctx) -> rs.getBytes("user_id")).list();
            var hasNext = ids.size() > criteria.pageSize();
            var shown = hasNext ? ids.subList(0, criteria.pageSize()) : ids;
            return new DirectoryPage(criteria, DirectoryRows.cards(handle, shown), hasNext);
        });
    }

    /** The query of {@code criteria}, its values left as named parameters. */
    static String sql(DirectoryCriteria criteria) {
        var sql = new StringBuilder(SELECT.formatted(criteria.terms().isEmpty() ? ""
                : "\nJOIN users u ON u.id = m.user_id"));
        where(criteria, sql);
        return sql.append("\nORDER BY ").append(orderBy(criteria.sort())).append("\nLIMIT :limit OFFSET :offset")
                .toString();
    }

    private static void where(DirectoryCriteria criteria, StringBuilder sql) {
        // Topics and languages are uncorrelated IN subqueries, which each database runs once and then looks the
        // mentors up by id (H2 would run a correlated EXISTS again for every mentor, unable to use the tag index).
        // The plan and tag checks that follow read only the candidate's own rows by index, correlated: measured in
        // DirectoryBenchmark, that beat uncorrelated forms on MariaDB and H2 alike, which scan every plan or tag.
        if (!criteria.topics().isEmpty()) {
            sql.append("\n  AND m.user_id IN (SELECT tp.mentor_id FROM mentor_tags tp")
                    .append(" WHERE tp.kind = 'EXPERTISE' AND tp.tag_key IN (<topics>))");
        }
        if (!criteria.languages().isEmpty()) {
            sql.append("\n  AND m.user_id IN (SELECT tl.mentor_id FROM mentor_tags tl")
                    .append(" WHERE tl.kind = 'LANGUAGE' AND tl.tag_key IN (<languages>))");
        }
        // "Lowest active price at most x" is "an active plan at x or less".
        if (criteria.activePlanOnly() || criteria.limitsPrice()) {
            sql.append("\n  AND EXISTS (SELECT 1 FROM mentor_plans pa WHERE pa.mentor_id = m.user_id")
                    .append(" AND pa.is_active = TRUE")
                    .append(criteria.limitsPrice() ? " AND pa.price_paise <= :priceMax)" : ")");
        }
        for (var i = 0; i < criteria.terms().size(); i++) {
            var like = " LIKE :term" + i + " ESCAPE '!'";
            sql.append("\n  AND (LOWER(").append(NAME).append(")").append(like)
                    .append(" OR LOWER(m.headline)").append(like).append(" OR LOWER(m.bio)").append(like)
                    // a count, not EXISTS, which MariaDB would turn into a scan of every tag
                    .append(" OR (SELECT COUNT(*) FROM mentor_tags tt WHERE tt.mentor_id = m.user_id AND tt.tag_key")
                    .append(like).append(") > 0)");
        }
    }

    /**
     * Each sort of {@link DirectorySort#order()} in SQL. Averages are divided in floating point ({@code 1e0}); two
     * equal fractions give the same number, and two different ones with counts this size never round together, so
     * the order is the core's exact one.
     */
    static String orderBy(DirectorySort sort) {
        var noPlanLast = "CASE WHEN " + PRICE + " IS NULL THEN 1 ELSE 0 END";
        return switch (sort) {
            case RECOMMENDED -> "(" + Recommendation.PRIOR_STARS + " + " + STARS + ") * 1e0 / ("
                    + Recommendation.PRIOR_REVIEWS + " + " + REVIEWS + ") DESC, m.updated_at DESC, m.user_id";
            case PRICE_ASC -> noPlanLast + ", " + PRICE + ", m.user_id";
            case PRICE_DESC -> noPlanLast + ", " + PRICE + " DESC, m.user_id";
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
}
