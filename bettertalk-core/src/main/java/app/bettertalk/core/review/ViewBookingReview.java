package app.bettertalk.core.review;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.Bookings;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * Opens a booking's review for its member: the form to write it, or the review written and whether it can still be
 * changed. The same people are refused the same way as by {@link WriteReview}, so the form is never offered in vain.
 */
@UseCase
public final class ViewBookingReview {
    private final Bookings bookings;
    private final ChatThreads threads;
    private final Reviews reviews;
    private final Users users;
    private final AccessPolicy access;
    private final Clock clock;

    public ViewBookingReview(Bookings bookings, ChatThreads threads, Reviews reviews, Users users,
                             AccessPolicy access, Clock clock) {
        this.bookings = bookings;
        this.threads = threads;
        this.reviews = reviews;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /** Input of {@link ViewBookingReview}. */
    public record Query(Actor actor, BookingId booking) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(booking, "booking");
        }
    }

    public BookingReview view(Query query) {
        var booking = bookings.byId(query.booking()).orElseThrow(() -> new DomainException.NotFound("booking"));
        var now = clock.instant();
        access.requireMayReview(query.actor(), booking, booking.status().isPaid(),
                ReviewRules.chatEnded(booking, threads, now));
        var review = reviews.byBooking(booking.id());
        var mentorName = users.byId(booking.mentor()).map(User::publicName).orElse("");
        return new BookingReview(booking, mentorName, review, review.map(found -> found.editableAt(now)).orElse(true));
    }
}
