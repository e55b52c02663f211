package app.bettertalk.core.review;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.util.List;
import java.util.Optional;

/** Every review: at most one per booking, which the store enforces itself (a unique key). */
@Port
public interface Reviews {
    Optional<Review> byId(ReviewId id);

    /** The review, locked against other units of work until this one ends. */
    Optional<Review> lockById(ReviewId id);

    /** The review of {@code booking}, locked against other units of work until this one ends. */
    Optional<Review> lockByBooking(BookingId booking);

    Optional<Review> byBooking(BookingId booking);

    /**
     * Up to {@code limit} of {@code mentor}'s reviews from {@code from} on, newest first: by {@code createdAt}
     * descending, then by id descending in the store's own order of ids, so equal times still page without loss.
     */
    List<Review> ofMentor(UserId mentor, ReviewCursor from, int limit);

    /** Stores a new review; {@code Conflict("review_exists")} if its booking has one already. */
    void add(Review review);

    /** Replaces a stored review. */
    void update(Review review);
}
