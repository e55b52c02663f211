package app.bettertalk.core.access;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class AccessPolicyPropertiesTest {
    private final AccessPolicy access = new AccessPolicy();
    private final UserId mentor = UserId.random();
    private final UserId member = UserId.random();

    @Property
    void may_book_says_yes_exactly_when_require_may_book_lets_the_booking_through(
            @ForAll Role role, @ForAll boolean onboarded, @ForAll boolean isTheMentor,
            @ForAll boolean mentorVerified, @ForAll boolean active) {
        var actor = new Actor(isTheMentor ? mentor : UserId.random(), role, onboarded);

        var refusal = catchThrowable(() -> access.requireMayBook(actor, mentor, mentorVerified, active));

        assertThat(access.mayBook(actor, mentor, mentorVerified, active)).isEqualTo(refusal == null);
        if (refusal != null) {
            assertThat(refusal).isInstanceOf(DomainException.class);
        }
    }

    @Property
    void may_review_says_yes_exactly_when_require_may_review_lets_the_review_through(
            @ForAll Role role, @ForAll boolean onboarded, @ForAll Who who, @ForAll boolean paid,
            @ForAll boolean chatEnded) {
        var actor = new Actor(switch (who) {
            case MEMBER -> member;
            case MENTOR -> mentor;
            case SOMEONE_ELSE -> UserId.random();
        }, role, onboarded);
        var booking = new Pair(member, mentor);

        var refusal = catchThrowable(() -> access.requireMayReview(actor, booking, paid, chatEnded));

        assertThat(access.mayReview(actor, booking, paid, chatEnded)).isEqualTo(refusal == null);
        if (refusal != null) {
            assertThat(refusal).isInstanceOf(DomainException.class);
        }
    }

    @Property
    void may_reply_says_yes_exactly_when_require_reviewed_mentor_lets_the_reply_through(
            @ForAll Role role, @ForAll boolean onboarded, @ForAll Who who, @ForAll boolean mentorVerified) {
        var actor = new Actor(switch (who) {
            case MEMBER -> member;
            case MENTOR -> mentor;
            case SOMEONE_ELSE -> UserId.random();
        }, role, onboarded);
        var review = new Pair(member, mentor);

        var refusal = catchThrowable(() -> access.requireReviewedMentor(actor, review, mentorVerified));

        assertThat(access.mayReply(actor, review)).isEqualTo(refusal == null);
    }

    /** Who asks about a booking or its review. */
    enum Who { MEMBER, MENTOR, SOMEONE_ELSE }

    private record Pair(UserId user, UserId mentor) implements Participants {
    }
}
