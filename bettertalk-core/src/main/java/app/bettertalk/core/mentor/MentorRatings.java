package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

/** The review tally of each mentor. */
@Port
public interface MentorRatings {
    /** The mentor's tally; {@link Rating#NONE} before their first review. */
    Rating of(UserId mentor);

    /**
     * Atomically adds to the mentor's tally (the deltas may be negative when a review is edited or removed), so two
     * reviews saved at once both count. A change that would leave a tally no set of reviews adds up to (see
     * {@link Rating}) is refused with {@link IllegalArgumentException} and changes nothing.
     */
    void adjust(UserId mentor, int countDelta, long starDelta);
}
