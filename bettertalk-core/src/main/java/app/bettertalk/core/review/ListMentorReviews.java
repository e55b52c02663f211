package app.bettertalk.core.review;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.MentorRatings;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A mentor's reviews, newest first, a page at a time: public wherever the mentor is (a verified mentor's to everyone,
 * an unverified one's to themselves and admins), each under its member's anonymous username only, with the
 * mentor's tally of all their reviews.
 */
@UseCase
public final class ListMentorReviews {
    /** The most reviews one page holds. */
    public static final int MAX_PAGE = 50;
    /** The name shown for a member whose account is gone. */
    static final String FORMER_MEMBER = "former member";

    private final Reviews reviews;
    private final Mentors mentors;
    private final MentorRatings ratings;
    private final Users users;
    private final AccessPolicy access;
    private final Clock clock;

    public ListMentorReviews(Reviews reviews, Mentors mentors, MentorRatings ratings, Users users,
                             AccessPolicy access, Clock clock) {
        this.reviews = reviews;
        this.mentors = mentors;
        this.ratings = ratings;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /** Input of {@link ListMentorReviews}: whose reviews, from where, at most {@code limit} of them. */
    public record Query(Actor actor, UserId mentor, ReviewCursor from, int limit) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(mentor, "mentor");
            Objects.requireNonNull(from, "from");
            if (limit < 1 || limit > MAX_PAGE) {
                throw new DomainException.Validation("limit", "must be 1 to " + MAX_PAGE);
            }
        }
    }

    public MentorReviews list(Query query) {
        var actor = query.actor();
        var mentor = mentors.byId(query.mentor())
                .filter(found -> access.maySeeMentor(actor, found.id(), found.verified()))
                .orElseThrow(() -> new DomainException.NotFound("mentor"));
        // One more than the page tells whether another page follows without counting them all.
        var found = reviews.ofMentor(mentor.id(), query.from(), query.limit() + 1);
        var page = found.subList(0, Math.min(found.size(), query.limit()));
        Map<UserId, String> usernames = users.byIds(page.stream().map(Review::member).distinct().toList()).stream()
                .filter(user -> user.username().isPresent())
                .collect(Collectors.toMap(User::id, user -> user.username().orElseThrow().value()));
        var now = clock.instant();
        var shown = page.stream().map(review -> new ShownReview(review,
                usernames.getOrDefault(review.member(), FORMER_MEMBER),
                access.mayReply(actor, review) && review.replyableAt(now))).toList();
        var next = found.size() > query.limit()
                ? Optional.of(ReviewCursor.after(page.getLast())) : Optional.<ReviewCursor>empty();
        var name = users.byId(mentor.id()).map(User::publicName).orElse("");
        return new MentorReviews(mentor.id(), name, ratings.of(mentor.id()), shown, next);
    }
}
