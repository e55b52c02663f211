package app.bettertalk.core.review;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.Rating;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ListMentorReviewsTest {
    private final World world = new World();
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);

    /** A new member books Ravi, the chat ends, and they review it. */
    private Review reviewBy(String username, int stars) {
        var member = world.onboardedUser(username);
        var confirmation = world.confirmedBooking(member, week);
        world.clock.set(confirmation.chat().endsAt());
        return world.writeReview.write(new WriteReview.Command(member, confirmation.booking().id(),
                new Stars(stars), "Review by " + username));
    }

    private MentorReviews list(Actor actor, ReviewCursor from, int limit) {
        return world.listMentorReviews.list(new ListMentorReviews.Query(actor, ravi.id(), from, limit));
    }

    @Test
    void reviews_come_newest_first() {
        var first = reviewBy("asha", 4);
        var second = reviewBy("meena", 5);

        var page = list(world.onboardedUser("sam"), ReviewCursor.NEWEST, 10);

        assertThat(page.reviews()).extracting(ShownReview::review).containsExactly(second, first);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void each_review_shows_its_member_s_anonymous_username_only() {
        reviewBy("asha", 4);

        var shown = list(world.onboardedUser("sam"), ReviewCursor.NEWEST, 10).reviews().getFirst();

        assertThat(shown.username()).isEqualTo("asha");
    }

    @Test
    void the_anonymous_username_is_shown_even_when_the_member_has_a_display_name() {
        var review = reviewBy("asha", 4);
        var user = world.users.byId(review.member()).orElseThrow();
        world.unitOfWork.inTransaction(() -> {
            world.users.update(user.editProfile(user.profile().orElseThrow().phone(), 30, "Asha Kumari", "",
                    world.now()));
            return null;
        });

        var shown = list(world.onboardedUser("sam"), ReviewCursor.NEWEST, 10).reviews().getFirst();

        assertThat(shown.username()).isEqualTo("asha");
    }

    @Test
    void pages_follow_one_another_without_loss_or_repeat() {
        var written = new ArrayList<Review>();
        for (var n = 0; n < 5; n++) {
            written.add(reviewBy("member_" + n, 1 + n % 5));
        }
        var reader = world.onboardedUser("sam");

        var seen = new ArrayList<Review>();
        var page = list(reader, ReviewCursor.NEWEST, 2);
        var pages = 1;
        page.reviews().forEach(shown -> seen.add(shown.review()));
        while (page.next().isPresent()) {
            page = list(reader, page.next().get(), 2);
            page.reviews().forEach(shown -> seen.add(shown.review()));
            pages++;
        }

        assertThat(seen).containsExactlyElementsOf(written.reversed());
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void a_full_last_page_says_there_is_no_next_one() {
        reviewBy("asha", 4);
        reviewBy("meena", 5);

        var page = list(world.onboardedUser("sam"), ReviewCursor.NEWEST, 2);

        assertThat(page.reviews()).hasSize(2);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void a_mentor_without_reviews_has_an_empty_page() {
        var page = list(world.onboardedUser("sam"), ReviewCursor.NEWEST, 10);

        assertThat(page.reviews()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void the_reviewed_mentor_may_reply_and_nobody_else() {
        reviewBy("asha", 4);

        var asMentor = list(ravi, ReviewCursor.NEWEST, 10).reviews().getFirst();
        var asReader = list(world.onboardedUser("sam"), ReviewCursor.NEWEST, 10).reviews().getFirst();

        assertThat(asMentor.mayReply()).isTrue();
        assertThat(asReader.mayReply()).isFalse();
    }

    @Test
    void a_reply_past_its_fourteen_days_is_no_longer_offered_to_the_mentor() {
        var review = reviewBy("asha", 4);
        world.replyToReview.reply(new ReplyToReview.Command(ravi, review.id(), "Thank you."));
        world.clock.advance(Duration.ofDays(14));

        var shown = list(ravi, ReviewCursor.NEWEST, 10).reviews().getFirst();

        assertThat(shown.mayReply()).isFalse();
        assertThat(shown.review().reply()).isPresent();
    }

    @Test
    void an_unverified_mentor_s_reviews_are_not_found_by_others() {
        var applicant = world.unverifiedMentor("umed");

        var refused = catchThrowable(() -> world.listMentorReviews.list(new ListMentorReviews.Query(
                world.onboardedUser("sam"), applicant.id(), ReviewCursor.NEWEST, 10)));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void someone_who_is_no_mentor_has_no_reviews_to_list() {
        var sam = world.onboardedUser("sam");

        var refused = catchThrowable(() -> world.listMentorReviews.list(
                new ListMentorReviews.Query(sam, sam.id(), ReviewCursor.NEWEST, 10)));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_page_holds_one_to_fifty_reviews() {
        for (var limit : List.of(0, 51)) {
            var refused = catchThrowableOfType(DomainException.Validation.class,
                    () -> new ListMentorReviews.Query(ravi, ravi.id(), ReviewCursor.NEWEST, limit));

            assertThat(refused.field()).as("limit %d", limit).isEqualTo("limit");
        }
    }

    @Test
    void the_page_carries_the_mentor_s_tally_of_every_review_not_just_the_page_s() {
        reviewBy("asha", 4);
        reviewBy("meena", 5);
        reviewBy("nila", 3);

        var page = list(world.onboardedUser("sam"), ReviewCursor.NEWEST, 1);

        assertThat(page.rating()).isEqualTo(new Rating(3, 12));
        assertThat(page.rating().average()).contains(4.0);
    }
}
