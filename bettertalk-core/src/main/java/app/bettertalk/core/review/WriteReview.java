package app.bettertalk.core.review;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.Bookings;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.mentor.MentorRatings;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * Writes the review of a booking, or changes it: one review per booking, by the person who booked it, once it is paid
 * and its chat has ended by the clock (the sweep need not have run), changeable for {@link Review#EDIT_WINDOW}. The
 * mentor's tally in {@link MentorRatings} moves in the same unit of work: a new review adds one and its stars, an
 * edit the difference in stars.
 */
@UseCase
public final class WriteReview {
    private final Bookings bookings;
    private final ChatThreads threads;
    private final Reviews reviews;
    private final MentorRatings ratings;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public WriteReview(Bookings bookings, ChatThreads threads, Reviews reviews, MentorRatings ratings,
                       AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.bookings = bookings;
        this.threads = threads;
        this.reviews = reviews;
        this.ratings = ratings;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link WriteReview}: the stars and the optional text, as the member wants them now. */
    public record Command(Actor actor, BookingId booking, Stars stars, String text) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(booking, "booking");
            Objects.requireNonNull(stars, "stars");
            text = Review.checkedText(text);
        }

        /** A command from a form or a client, stars as typed. */
        public static Command typed(Actor actor, BookingId booking, String stars, String text) {
            return new Command(actor, booking, Stars.parse(stars), text);
        }
    }

    public Review write(Command command) {
        return unitOfWork.inTransaction(() -> {
            // The booking's lock queues a second write of the same booking's review behind this one, so it edits
            // the review this one adds instead of racing it to the unique key.
            var booking = bookings.lockById(command.booking())
                    .orElseThrow(() -> new DomainException.NotFound("booking"));
            var now = clock.instant();
            access.requireMayReview(command.actor(), booking, booking.status().isPaid(),
                    ReviewRules.chatEnded(booking, threads, now));
            var existing = reviews.lockByBooking(booking.id());
            if (existing.isEmpty()) {
                var review = Review.written(ReviewId.random(), booking.id(), booking.user(), booking.mentor(),
                        command.stars(), command.text(), now);
                reviews.add(review);
                ratings.adjust(booking.mentor(), 1, command.stars().value());
                return review;
            }
            var was = existing.get();
            var edited = was.edit(command.stars(), command.text(), now);
            if (!edited.equals(was)) {
                reviews.update(edited);
            }
            if (edited.stars().value() != was.stars().value()) {
                ratings.adjust(booking.mentor(), 0, edited.stars().value() - was.stars().value());
            }
            return edited;
        });
    }
}
