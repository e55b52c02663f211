package app.bettertalk.core.review;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ViewBookingReviewTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Confirmation session = world.confirmedBooking(asha, world.plan(ravi, 7));

    private BookingReview view(Actor actor) {
        return world.viewBookingReview.view(new ViewBookingReview.Query(actor, session.booking().id()));
    }

    @Test
    void an_ended_session_not_yet_reviewed_offers_an_empty_form() {
        world.clock.set(session.chat().endsAt());

        var form = view(asha);

        assertThat(form.review()).isEmpty();
        assertThat(form.editable()).isTrue();
        assertThat(form.mentorName()).isEqualTo("ravi_k");
        assertThat(form.booking()).isEqualTo(session.booking());
    }

    @Test
    void a_written_review_is_shown_with_the_end_of_its_edit_window() {
        world.clock.set(session.chat().endsAt());
        var review = world.writeReview.write(new WriteReview.Command(asha, session.booking().id(), new Stars(4), ""));

        var form = view(asha);

        assertThat(form.review()).contains(review);
        assertThat(form.editableUntil()).contains(review.createdAt().plus(Duration.ofDays(14)));
        assertThat(form.editable()).isTrue();
    }

    @Test
    void after_fourteen_days_the_review_is_shown_as_no_longer_editable() {
        world.clock.set(session.chat().endsAt());
        world.writeReview.write(new WriteReview.Command(asha, session.booking().id(), new Stars(4), ""));
        world.clock.advance(Duration.ofDays(14));

        assertThat(view(asha).editable()).isFalse();
    }

    @Test
    void before_the_chat_ends_the_form_is_refused_as_write_review_would_refuse_it() {
        var refused = catchThrowableOfType(DomainException.Conflict.class, () -> view(asha));

        assertThat(refused.reason()).isEqualTo("chat_not_ended");
    }

    @Test
    void a_stranger_is_not_told_the_booking_exists() {
        world.clock.set(session.chat().endsAt());

        var refused = catchThrowable(() -> view(world.onboardedUser("sam")));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void the_mentor_is_refused_the_form() {
        world.clock.set(session.chat().endsAt());

        var refused = catchThrowableOfType(DomainException.Forbidden.class, () -> view(ravi));

        assertThat(refused.reason()).isEqualTo("own_session");
    }
}
