package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CancelBookingTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan plan = world.plan(ravi, 7);
    private final Booking booking = world.pendingBooking(asha, plan);

    @Test
    void the_user_who_booked_cancels_a_pending_booking() {
        world.clock.advance(Duration.ofMinutes(4));

        var cancelled = cancel(asha, booking);

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.updatedAt()).isEqualTo(world.now());
        assertThat(world.bookings.byId(booking.id())).contains(cancelled);
    }

    @Test
    void cancelling_opens_no_chat_and_queues_no_email() {
        var emailsBefore = world.outbox.queued();

        cancel(asha, booking);

        assertThat(world.chatThreads.ofPair(asha.id(), ravi.id())).isEmpty();
        assertThat(world.outbox.queued()).isEqualTo(emailsBefore);
    }

    @Test
    void cancelling_a_cancelled_booking_again_returns_it_unchanged() {
        var cancelled = cancel(asha, booking);
        world.clock.advance(Duration.ofHours(1));

        var again = cancel(asha, booking);

        assertThat(again).isEqualTo(cancelled);
        assertThat(world.bookings.byId(booking.id())).contains(cancelled);
    }

    @Test
    void a_paid_booking_is_never_cancelled() {
        var confirmed = world.confirmedBooking(asha, plan);

        var attempt = catchThrowable(() -> cancel(asha, confirmed.booking()));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("booking_confirmed"));
        assertThat(world.bookings.byId(confirmed.booking().id())).contains(confirmed.booking());
    }

    @Test
    void an_expired_booking_is_never_cancelled() {
        var confirmed = world.confirmedBooking(asha, plan);
        world.clock.advance(Duration.ofDays(7));
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(10, 1));

        var attempt = catchThrowable(() -> cancel(asha, confirmed.booking()));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("booking_expired"));
    }

    @Test
    void someone_else_cancelling_a_booking_finds_no_booking() {
        var meena = world.onboardedUser("meena");

        var attempt = catchThrowable(() -> cancel(meena, booking));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.what()).isEqualTo("booking"));
        assertThat(world.bookings.byId(booking.id())).contains(booking);
    }

    @Test
    void the_mentor_of_a_booking_cannot_cancel_it() {
        var attempt = catchThrowable(() -> cancel(ravi, booking));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_your_booking"));
        assertThat(world.bookings.byId(booking.id())).contains(booking);
    }

    @Test
    void an_admin_may_cancel_a_pending_booking() {
        var admin = world.admin("priya");

        var cancelled = cancel(admin, booking);

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void an_unknown_booking_is_not_found() {
        var attempt = catchThrowable(() -> world.cancelBooking.cancel(
                new CancelBooking.Command(asha, BookingId.random())));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_cancelled_booking_leaves_the_users_other_bookings_alone() {
        var other = world.pendingBooking(asha, plan);

        cancel(asha, booking);

        assertThat(world.bookings.byId(other.id())).contains(other);
    }

    private Booking cancel(Actor actor, Booking which) {
        return world.cancelBooking.cancel(new CancelBooking.Command(actor, which.id()));
    }
}
