package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.chat.SessionState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ListBookingsTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor meena = world.onboardedUser("meena");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Actor meera = world.verifiedMentor("meera");
    private final Plan raviPlan = world.plan(ravi, 7);
    private final Plan meeraPlan = world.plan(meera, 3);

    @Test
    void a_user_sees_the_bookings_they_made_newest_first() {
        var first = world.pendingBooking(asha, raviPlan);
        world.clock.advance(Duration.ofMinutes(1));
        var second = world.confirmedBooking(asha, meeraPlan).booking();
        world.pendingBooking(meena, raviPlan);

        var listed = list(asha, false);

        assertThat(listed).containsExactly(second, first);
    }

    @Test
    void a_mentor_sees_the_bookings_made_with_them_newest_first() {
        var fromAsha = world.pendingBooking(asha, raviPlan);
        world.clock.advance(Duration.ofMinutes(1));
        var fromMeena = world.pendingBooking(meena, raviPlan);
        world.pendingBooking(asha, meeraPlan);

        var listed = list(ravi, true);

        assertThat(listed).containsExactly(fromMeena, fromAsha);
    }

    @Test
    void a_mentor_listing_as_a_user_sees_only_what_they_booked_themselves() {
        world.pendingBooking(asha, raviPlan);
        var raviBooksMeera = world.pendingBooking(ravi, meeraPlan);

        var listed = list(ravi, false);

        assertThat(listed).containsExactly(raviBooksMeera);
    }

    @Test
    void a_user_with_no_bookings_sees_an_empty_list() {
        world.pendingBooking(meena, raviPlan);

        var listed = list(asha, false);

        assertThat(listed).isEmpty();
    }

    @Test
    void the_list_shows_each_booking_as_it_is_now() {
        var booking = world.pendingBooking(asha, raviPlan);
        var cancelled = world.cancelBooking.cancel(new CancelBooking.Command(asha, booking.id()));

        var listed = list(asha, false);

        assertThat(listed).containsExactly(cancelled);
    }

    @Test
    void someone_who_has_not_onboarded_lists_nothing() {
        var newcomer = world.newcomer("Nila");

        var attempt = catchThrowable(() -> list(newcomer, false));

        assertThat(attempt).isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void each_booking_says_where_it_stands_by_the_clock() {
        var ended = world.confirmedBooking(asha, world.plan(ravi, 2));
        world.clock.set(ended.chat().endsAt());
        var pending = world.pendingBooking(asha, world.plan(ravi, 7));

        var listed = world.listBookings.list(new ListBookings.Query(asha, false));

        assertThat(listed).extracting(BookingNow::state)
                .containsExactly(SessionState.AWAITING_PAYMENT, SessionState.ENDED);
        assertThat(listed.getFirst().booking()).isEqualTo(pending);
    }

    private List<Booking> list(Actor actor, boolean asMentor) {
        return world.listBookings.list(new ListBookings.Query(actor, asMentor)).stream().map(BookingNow::booking)
                .toList();
    }
}
