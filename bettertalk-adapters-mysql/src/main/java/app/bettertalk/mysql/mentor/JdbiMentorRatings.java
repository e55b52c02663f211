package app.bettertalk.mysql.mentor;

import app.bettertalk.core.mentor.MentorRatings;
import app.bettertalk.core.mentor.Rating;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link MentorRatings} in {@code mentor_ratings}. An adjustment is one update that adds to the stored numbers, so
 * concurrent reviews never lose each other's stars; the table's checks refuse a tally no reviews add up to.
 */
public final class JdbiMentorRatings implements MentorRatings {
    private final Jdbi jdbi;

    public JdbiMentorRatings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Rating of(UserId mentor) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT review_count, star_total FROM mentor_ratings WHERE mentor_id = ?")
                .bind(0, Columns.id(mentor.value()))
                .map((rs, ctx) -> new Rating(rs.getInt("review_count"), rs.getLong("star_total")))
                .findOne().orElse(Rating.NONE));
    }

    @Override
    public void adjust(UserId mentor, int countDelta, long starDelta) {
        try {
            jdbi.useHandle(handle -> {
                var id = Columns.id(mentor.value());
                // A row of the deltas themselves could break a check before the duplicate is found, so the
                // tally is made to exist first (as an empty one) and then added to in one atomic update.
                handle.createUpdate("""
                                INSERT INTO mentor_ratings (mentor_id, review_count, star_total) VALUES (?, 0, 0)
                                ON DUPLICATE KEY UPDATE review_count = review_count""")
                        .bind(0, id).execute();
                handle.createUpdate("""
                                UPDATE mentor_ratings SET review_count = review_count + ?, star_total = star_total + ?
                                WHERE mentor_id = ?""")
                        .bind(0, countDelta).bind(1, starDelta).bind(2, id).execute();
            });
        } catch (RuntimeException e) {
            if (StoreErrors.isCheckViolation(e)) {
                throw new IllegalArgumentException("no set of reviews adds up to the tally of mentor " + mentor
                        + " changed by " + countDelta + " reviews and " + starDelta + " stars", e);
            }
            throw e;
        }
    }
}
