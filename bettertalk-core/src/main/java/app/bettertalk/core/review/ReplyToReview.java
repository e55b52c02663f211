package app.bettertalk.core.review;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * The reviewed mentor's one public reply to a review: posted once, then changeable for {@link Review#EDIT_WINDOW}
 * after it was first posted, like the review itself; never a second reply, never removed.
 */
@UseCase
public final class ReplyToReview {
    private final Reviews reviews;
    private final Mentors mentors;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ReplyToReview(Reviews reviews, Mentors mentors, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.reviews = reviews;
        this.mentors = mentors;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link ReplyToReview}: the whole reply as it should read. */
    public record Command(Actor actor, ReviewId review, String text) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(review, "review");
            text = Review.checkedReply(text);
        }
    }

    public Review reply(Command command) {
        return unitOfWork.inTransaction(() -> {
            // The review's lock orders a reply and the member's edit, so neither overwrites the other.
            var review = reviews.lockById(command.review()).orElseThrow(() -> new DomainException.NotFound("review"));
            var verified = mentors.byId(review.mentor()).map(Mentor::verified).orElse(false);
            access.requireReviewedMentor(command.actor(), review, verified);
            var replied = review.replied(command.text(), clock.instant());
            if (!replied.equals(review)) {
                reviews.update(replied);
            }
            return replied;
        });
    }
}
