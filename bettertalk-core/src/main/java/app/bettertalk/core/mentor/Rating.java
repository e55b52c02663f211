package app.bettertalk.core.mentor;

import java.util.Optional;

/** A mentor's tally of review stars, kept beside the mentor so the directory can rank and sort by it. */
public record Rating(int count, long starTotal) {
    public static final Rating NONE = new Rating(0, 0);
    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;

    public Rating {
        if (count < 0) {
            throw new IllegalArgumentException("a review count is never negative: " + count);
        }
        if (starTotal < (long) MIN_STARS * count || starTotal > (long) MAX_STARS * count) {
            throw new IllegalArgumentException("a star total of " + count + " reviews is " + MIN_STARS * count
                    + " to " + MAX_STARS * count + ", not " + starTotal);
        }
    }

    /** The mean stars, empty until there is a review. */
    public Optional<Double> average() {
        return count == 0 ? Optional.empty() : Optional.of((double) starTotal / count);
    }

    /**
     * The tally after a review is added ({@code +1, stars}), removed ({@code -1, -stars}) or edited
     * ({@code 0, newStars - oldStars}); {@link IllegalArgumentException} if no set of reviews could add up to it.
     */
    public Rating adjusted(int countDelta, long starDelta) {
        return new Rating(Math.addExact(count, countDelta), Math.addExact(starTotal, starDelta));
    }
}
