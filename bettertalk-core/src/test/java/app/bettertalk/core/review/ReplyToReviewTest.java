package app.bettertalk.core.review;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReplyToReviewTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Review review = reviewOfRavi();

    private Review reviewOfRavi() {
        var confirmation = world.confirmedBooking(asha, world.plan(ravi, 7));
        world.clock.set(confirmation.chat().endsAt());
        return world.writeReview.write(new WriteReview.Command(asha, confirmation.booking().id(), new Stars(4),
                "Kind."));
    }

    private Review reply(Actor actor, String text) {
        return world.replyToReview.reply(new ReplyToReview.Command(actor, review.id(), text));
    }

    @Test
    void the_reviewed_mentor_posts_a_public_reply() {
        world.clock.advance(Duration.ofHours(2));

        var replied = reply(ravi, " Thank you, it was good to talk. ");

        assertThat(replied.reply()).contains(new Reply("Thank you, it was good to talk.", world.now(),
                Optional.empty()));
        assertThat(world.reviews.byId(review.id())).contains(replied);
    }

    @Test
    void replying_again_changes_the_one_reply() {
        reply(ravi, "Thank you.");
        world.clock.advance(Duration.ofDays(1));

        var changed = reply(ravi, "Thank you, Asha.");

        assertThat(changed.reply().orElseThrow().text()).isEqualTo("Thank you, Asha.");
        assertThat(changed.reply().orElseThrow().editedAt()).contains(world.now());
    }

    @Test
    void fourteen_days_after_posting_the_reply_stands_as_it_is() {
        var first = reply(ravi, "Thank you.");
        world.clock.advance(Duration.ofDays(14));

        var refused = catchThrowableOfType(DomainException.Conflict.class, () -> reply(ravi, "Edited"));

        assertThat(refused.reason()).isEqualTo("reply_locked");
        assertThat(world.reviews.byId(review.id())).contains(first);
    }

    @Test
    void the_member_who_wrote_the_review_may_not_reply_to_it() {
        var refused = catchThrowableOfType(DomainException.Forbidden.class, () -> reply(asha, "Me again"));

        assertThat(refused.reason()).isEqualTo("not_your_review");
    }

    @Test
    void another_mentor_may_not_reply() {
        var meera = world.verifiedMentor("meera");

        var refused = catchThrowableOfType(DomainException.Forbidden.class, () -> reply(meera, "Try me instead"));

        assertThat(refused.reason()).isEqualTo("not_your_review");
        assertThat(world.reviews.byId(review.id())).contains(review);
    }

    @Test
    void an_admin_may_not_reply_for_the_mentor() {
        var refused = catchThrowableOfType(DomainException.Forbidden.class,
                () -> reply(world.admin("ada"), "On behalf of Ravi"));

        assertThat(refused.reason()).isEqualTo("not_your_review");
    }

    @Test
    void the_reviews_of_a_mentor_no_longer_verified_do_not_exist_for_others() {
        world.verifyMentor.verify(new VerifyMentor.Command(Actor.operator(), ravi.id(), false));

        var refused = catchThrowable(() -> reply(world.onboardedUser("meena"), "Hello"));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_unknown_review_is_not_found() {
        var refused = catchThrowable(() -> world.replyToReview.reply(
                new ReplyToReview.Command(ravi, ReviewId.random(), "Hello")));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_blank_reply_is_refused_on_the_text_field() {
        var refused = catchThrowableOfType(DomainException.Validation.class, () -> reply(ravi, "  "));

        assertThat(refused.field()).isEqualTo("text");
    }

    @Test
    void the_member_s_edit_after_a_reply_keeps_the_reply() {
        var replied = reply(ravi, "Thank you.");
        world.clock.advance(Duration.ofHours(1));

        var edited = world.writeReview.write(new WriteReview.Command(asha, review.booking(), new Stars(5), "Kinder."));

        assertThat(edited.reply()).isEqualTo(replied.reply());
    }
}
