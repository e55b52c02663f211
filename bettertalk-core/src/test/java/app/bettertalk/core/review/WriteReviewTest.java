package app.bettertalk.core.review;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.CancelBooking;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.booking.SweepExpiredChats;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.Rating;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WriteReviewTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);

    private Review write(Actor actor, BookingId booking, int stars, String text) {
        return world.writeReview.write(new WriteReview.Command(actor, booking, new Stars(stars), text));
    }

    private Confirmation endedSession() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.set(confirmation.chat().endsAt());
        return confirmation;
    }

    @Test
    void the_member_reviews_a_paid_booking_once_its_chat_has_ended() {
        var booking = endedSession().booking();

        var review = write(asha, booking.id(), 4, "  Kind and patient.  ");

        assertThat(review.booking()).isEqualTo(booking.id());
        assertThat(review.member()).isEqualTo(asha.id());
        assertThat(review.mentor()).isEqualTo(ravi.id());
        assertThat(review.stars()).isEqualTo(new Stars(4));
        assertThat(review.text()).isEqualTo("Kind and patient.");
        assertThat(review.createdAt()).isEqualTo(world.now());
        assertThat(review.editedAt()).isEmpty();
        assertThat(review.reply()).isEmpty();
        assertThat(world.reviews.byBooking(booking.id())).contains(review);
    }

    @Test
    void the_chat_ending_by_the_clock_is_enough_before_any_sweep_has_run() {
        var booking = endedSession().booking();

        write(asha, booking.id(), 5, "");

        assertThat(world.bookings.byId(booking.id()).orElseThrow().status().name()).isEqualTo("CONFIRMED");
        assertThat(world.reviews.byBooking(booking.id())).isPresent();
    }

    @Test
    void a_booking_the_sweep_has_expired_can_be_reviewed() {
        var booking = endedSession().booking();
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        var review = write(asha, booking.id(), 3, "Fine.");

        assertThat(review.stars()).isEqualTo(new Stars(3));
    }

    @Test
    void text_is_optional() {
        var booking = endedSession().booking();

        var review = write(asha, booking.id(), 5, null);

        assertThat(review.text()).isEmpty();
    }

    @Test
    void a_chat_still_open_is_refused_with_a_message_and_nothing_is_stored() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.set(confirmation.chat().endsAt().minusNanos(1));

        var refused = catchThrowableOfType(DomainException.Conflict.class,
                () -> write(asha, confirmation.booking().id(), 5, "Too early"));

        assertThat(refused.reason()).isEqualTo("chat_not_ended");
        assertThat(refused.getMessage()).isEqualTo("You can review this session once its chat has ended.");
        assertThat(world.reviews.byBooking(confirmation.booking().id())).isEmpty();
    }

    @Test
    void a_booking_whose_days_were_extended_waits_for_the_extended_window_to_end() {
        var first = world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(3));
        world.confirmedBooking(asha, week);
        world.clock.set(first.chat().endsAt().plusSeconds(1));

        var refused = catchThrowableOfType(DomainException.Conflict.class,
                () -> write(asha, first.booking().id(), 5, ""));

        assertThat(refused.reason()).isEqualTo("chat_not_ended");
    }

    @Test
    void an_earlier_booking_of_a_reopened_chat_can_be_reviewed_while_the_new_window_runs() {
        var first = endedSession();
        world.clock.advance(Duration.ofDays(1));
        world.confirmedBooking(asha, week);

        var review = write(asha, first.booking().id(), 4, "");

        assertThat(review.booking()).isEqualTo(first.booking().id());
    }

    @Test
    void a_pending_booking_cannot_be_reviewed() {
        var pending = world.pendingBooking(asha, week);
        world.clock.advance(Duration.ofDays(30));

        var refused = catchThrowableOfType(DomainException.Conflict.class, () -> write(asha, pending.id(), 5, ""));

        assertThat(refused.reason()).isEqualTo("booking_not_paid");
    }

    @Test
    void a_cancelled_booking_cannot_be_reviewed() {
        var cancelled = world.cancelBooking.cancel(
                new CancelBooking.Command(asha, world.pendingBooking(asha, week).id()));
        world.clock.advance(Duration.ofDays(30));

        var refused = catchThrowableOfType(DomainException.Conflict.class, () -> write(asha, cancelled.id(), 5, ""));

        assertThat(refused.reason()).isEqualTo("booking_not_paid");
    }

    @Test
    void someone_else_s_booking_is_not_found() {
        var booking = endedSession().booking();
        var meena = world.onboardedUser("meena");

        var refused = catchThrowable(() -> write(meena, booking.id(), 1, "Never met him"));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
        assertThat(world.reviews.byBooking(booking.id())).isEmpty();
    }

    @Test
    void another_mentor_is_not_told_the_booking_exists() {
        var booking = endedSession().booking();
        var meera = world.verifiedMentor("meera");

        var refused = catchThrowable(() -> write(meera, booking.id(), 1, ""));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_unknown_booking_is_not_found() {
        var refused = catchThrowable(() -> write(asha, BookingId.random(), 5, ""));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void the_booking_s_mentor_may_not_review_their_own_session() {
        var booking = endedSession().booking();

        var refused = catchThrowableOfType(DomainException.Forbidden.class, () -> write(ravi, booking.id(), 5, ""));

        assertThat(refused.reason()).isEqualTo("own_session");
    }

    @Test
    void an_admin_may_read_the_booking_but_not_review_it() {
        var booking = endedSession().booking();
        var ada = world.admin("ada");

        var refused = catchThrowableOfType(DomainException.Forbidden.class, () -> write(ada, booking.id(), 5, ""));

        assertThat(refused.reason()).isEqualTo("not_your_booking");
    }

    @Test
    void someone_who_has_not_onboarded_is_refused() {
        var booking = endedSession().booking();
        var newcomer = world.newcomer("nina");

        var refused = catchThrowableOfType(DomainException.Forbidden.class,
                () -> write(newcomer, booking.id(), 5, ""));

        assertThat(refused.reason()).isEqualTo("onboarding_required");
    }

    @Test
    void writing_again_edits_the_one_review_of_the_booking() {
        var booking = endedSession().booking();
        var first = write(asha, booking.id(), 3, "Okay.");
        world.clock.advance(Duration.ofDays(2));

        var edited = write(asha, booking.id(), 5, "Better than I said.");

        assertThat(edited.id()).isEqualTo(first.id());
        assertThat(edited.stars()).isEqualTo(new Stars(5));
        assertThat(edited.text()).isEqualTo("Better than I said.");
        assertThat(edited.createdAt()).isEqualTo(first.createdAt());
        assertThat(edited.editedAt()).contains(world.now());
        assertThat(world.reviews.byBooking(booking.id())).contains(edited);
    }

    @Test
    void the_review_can_be_edited_until_just_before_fourteen_days_have_passed() {
        var booking = endedSession().booking();
        var first = write(asha, booking.id(), 3, "");
        world.clock.set(first.createdAt().plus(Duration.ofDays(14)).minusNanos(1));

        var edited = write(asha, booking.id(), 4, "");

        assertThat(edited.stars()).isEqualTo(new Stars(4));
    }

    @Test
    void after_fourteen_days_the_review_is_refused_a_change_with_a_message() {
        var booking = endedSession().booking();
        var first = write(asha, booking.id(), 3, "Okay.");
        world.clock.set(first.createdAt().plus(Duration.ofDays(14)));

        var refused = catchThrowableOfType(DomainException.Conflict.class,
                () -> write(asha, booking.id(), 1, "Changed my mind"));

        assertThat(refused.reason()).isEqualTo("review_locked");
        assertThat(refused.getMessage()).contains("14 days");
        assertThat(world.reviews.byBooking(booking.id())).contains(first);
    }

    @Test
    void the_same_stars_and_text_again_change_nothing() {
        var booking = endedSession().booking();
        var first = write(asha, booking.id(), 3, "Okay.");
        world.clock.advance(Duration.ofHours(1));

        var again = write(asha, booking.id(), 3, "Okay. ");

        assertThat(again).isEqualTo(first);
        assertThat(again.editedAt()).isEqualTo(Optional.empty());
    }

    @Test
    void text_over_two_thousand_characters_is_refused_before_anything_is_read() {
        var refused = catchThrowableOfType(DomainException.Validation.class,
                () -> new WriteReview.Command(asha, BookingId.random(), new Stars(5), "a".repeat(2_001)));

        assertThat(refused.field()).isEqualTo("text");
    }

    @Test
    void two_thousand_characters_of_text_are_taken() {
        var booking = endedSession().booking();

        var review = write(asha, booking.id(), 5, "ह".repeat(2_000));

        assertThat(review.text()).hasSize(2_000);
    }

    @Test
    void a_new_review_adds_one_and_its_stars_to_the_mentor_s_tally() {
        var booking = endedSession().booking();

        write(asha, booking.id(), 4, "");

        assertThat(world.mentorRatings.of(ravi.id())).isEqualTo(new Rating(1, 4));
    }

    @Test
    void an_edit_moves_the_tally_by_the_difference_in_stars_only() {
        var booking = endedSession().booking();
        write(asha, booking.id(), 2, "");

        write(asha, booking.id(), 5, "Better than I said.");

        assertThat(world.mentorRatings.of(ravi.id())).isEqualTo(new Rating(1, 5));
    }

    @Test
    void an_edit_of_the_text_alone_leaves_the_tally_as_it_was() {
        var booking = endedSession().booking();
        write(asha, booking.id(), 3, "Okay.");

        write(asha, booking.id(), 3, "Okay, really.");

        assertThat(world.mentorRatings.of(ravi.id())).isEqualTo(new Rating(1, 3));
    }

    @Test
    void a_refused_review_leaves_the_tally_alone() {
        var confirmation = world.confirmedBooking(asha, week);

        catchThrowable(() -> write(asha, confirmation.booking().id(), 5, ""));

        assertThat(world.mentorRatings.of(ravi.id())).isEqualTo(Rating.NONE);
    }

    @Test
    void a_review_refused_after_it_was_stored_rolls_the_tally_back_with_it() {
        var booking = endedSession().booking();
        var first = write(asha, booking.id(), 3, "");
        world.clock.set(first.createdAt().plus(Duration.ofDays(14)));

        catchThrowable(() -> write(asha, booking.id(), 1, ""));

        assertThat(world.mentorRatings.of(ravi.id())).isEqualTo(new Rating(1, 3));
    }
}
