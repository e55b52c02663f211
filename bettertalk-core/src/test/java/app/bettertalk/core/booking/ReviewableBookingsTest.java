package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.Plan;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether the booking page and the Sessions tab offer a booking's review: the core's answer, as WriteReview's. */
class ReviewableBookingsTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);

    private BookingPage page(Actor actor, Booking booking) {
        return world.viewBookingPage.view(new ViewBookingPage.Query(actor, booking.id()));
    }

    private BookingSummary listed(Actor actor, Booking booking) {
        var mine = world.listMyBookings.list(new ListMyBookings.Query(actor));
        return Stream.concat(mine.made().stream(), mine.withMe().stream())
                .filter(summary -> summary.booking().id().equals(booking.id())).findFirst().orElseThrow();
    }

    @Test
    void a_paid_booking_whose_chat_has_ended_is_offered_for_review_to_its_member() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.set(confirmation.chat().endsAt());

        assertThat(page(asha, confirmation.booking()).reviewable()).isTrue();
        assertThat(listed(asha, confirmation.booking()).reviewable()).isTrue();
    }

    @Test
    void a_booking_whose_chat_is_still_open_is_not_offered_for_review() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.set(confirmation.chat().endsAt().minusNanos(1));

        assertThat(page(asha, confirmation.booking()).reviewable()).isFalse();
        assertThat(listed(asha, confirmation.booking()).reviewable()).isFalse();
    }

    @Test
    void the_mentor_is_never_offered_the_review_of_a_session_with_them() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.set(confirmation.chat().endsAt());

        assertThat(page(ravi, confirmation.booking()).reviewable()).isFalse();
        assertThat(listed(ravi, confirmation.booking()).reviewable()).isFalse();
    }

    @Test
    void an_admin_reading_the_booking_is_not_offered_its_review() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.set(confirmation.chat().endsAt());

        assertThat(page(world.admin("ada"), confirmation.booking()).reviewable()).isFalse();
    }

    @Test
    void an_unpaid_booking_is_not_offered_for_review_however_long_ago_it_was_made() {
        var pending = world.pendingBooking(asha, week);
        world.clock.advance(Duration.ofDays(30));

        assertThat(page(asha, pending).reviewable()).isFalse();
        assertThat(listed(asha, pending).reviewable()).isFalse();
    }

    @Test
    void a_booking_the_sweep_expired_stays_offered_for_review() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        assertThat(page(asha, confirmation.booking()).reviewable()).isTrue();
    }
}
