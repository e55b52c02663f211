package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.UserId;

import java.util.Comparator;

/**
 * The "recommended" order of the directory. Mentors rank by a Bayesian average of their stars: every mentor starts
 * with {@value #PRIOR_REVIEWS} imaginary reviews of {@value #PRIOR_MEAN} stars, so a single 5-star review moves a
 * newcomer a little and a hundred 4.8s move a mentor a lot, and one lucky review never outranks a long record. Ties
 * go to the mentor active most recently, then to the lower id.
 */
public final class Recommendation {
    /** How many imaginary reviews every mentor starts with. */
    public static final int PRIOR_REVIEWS = 5;
    /** The stars of each imaginary review. */
    public static final int PRIOR_MEAN = 4;
    /** Their star total: the numerator's head start. */
    public static final int PRIOR_STARS = PRIOR_REVIEWS * PRIOR_MEAN;

    /** Higher score first, then more recent activity, then the lower id. */
    public static final Comparator<MentorCard> ORDER =
            Comparator.comparing(MentorCard::rating, Recommendation::higherScoreFirst)
                    .thenComparing(MentorCard::activeAt, Comparator.reverseOrder())
                    .thenComparing(MentorCard::id, Recommendation::compareIds);

    private Recommendation() {
    }

    /** The Bayesian average of {@code rating}: {@code (PRIOR_STARS + stars) / (PRIOR_REVIEWS + reviews)}. */
    public static double score(Rating rating) {
        return (double) (PRIOR_STARS + rating.starTotal()) / (PRIOR_REVIEWS + rating.count());
    }

    /** Compares two scores exactly, as fractions (cross-multiplied), so rounding never reorders two mentors. */
    static int higherScoreFirst(Rating one, Rating other) {
        return Long.compare((PRIOR_STARS + other.starTotal()) * (PRIOR_REVIEWS + (long) one.count()),
                (PRIOR_STARS + one.starTotal()) * (PRIOR_REVIEWS + (long) other.count()));
    }

    /** Ids in the order of their 16 bytes read as unsigned numbers, as a database orders a BINARY(16) column. */
    public static int compareIds(UserId one, UserId other) {
        var high = Long.compareUnsigned(one.value().getMostSignificantBits(), other.value().getMostSignificantBits());
        return high != 0 ? high
                : Long.compareUnsigned(one.value().getLeastSignificantBits(), other.value().getLeastSignificantBits());
    }
}
