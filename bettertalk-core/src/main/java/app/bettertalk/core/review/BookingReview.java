package app.bettertalk.core.review;

import app.bettertalk.core.booking.Booking;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A booking as its review form shows it: the mentor's public name, the member's review if written, and whether
 * {@link WriteReview} would still take a change ({@code editable}, until {@code editableUntil} once written).
 */
public record BookingReview(Booking booking, String mentorName, Optional<Review> review, boolean editable) {
    public BookingReview {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(mentorName, "mentorName");
        Objects.requireNonNull(review, "review");
    }

    /** Until when the written review can be changed; empty before it is written. */
    public Optional<Instant> editableUntil() {
        return review.map(Review::editableUntil);
    }
}
