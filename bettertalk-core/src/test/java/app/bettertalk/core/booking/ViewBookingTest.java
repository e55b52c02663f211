package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.chat.SessionState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewBookingTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan plan = world.plan(ravi, 7);
    private final Booking booking = world.pendingBooking(asha, plan);

    @Test
    void the_user_who_booked_sees_the_booking() {
        var seen = view(asha, booking.id());

        assertThat(seen).isEqualTo(booking);
    }

    @Test
    void the_mentor_booked_sees_the_booking() {
        var seen = view(ravi, booking.id());

        assertThat(seen).isEqualTo(booking);
    }

    @Test
    void an_admin_sees_the_booking() {
        var admin = world.admin("priya");

        var seen = view(admin, booking.id());

        assertThat(seen).isEqualTo(booking);
    }

    @Test
    void the_receipt_after_payment_shows_the_confirmed_booking() {
        var confirmed = world.confirmedBooking(asha, plan).booking();

        var seen = view(asha, confirmed.id());

        assertThat(seen.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(seen.paymentReference()).isEqualTo(confirmed.paymentReference());
    }

    @Test
    void anyone_else_finds_no_booking() {
        var meena = world.onboardedUser("meena");

        var attempt = catchThrowable(() -> view(meena, booking.id()));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.what()).isEqualTo("booking"));
    }

    @Test
    void another_mentor_finds_no_booking() {
        var meera = world.verifiedMentor("meera");

        var attempt = catchThrowable(() -> view(meera, booking.id()));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_unknown_booking_is_not_found() {
        var attempt = catchThrowable(() -> view(asha, BookingId.random()));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void the_user_before_onboarding_sees_nothing() {
        var newcomer = world.newcomer("Nila");

        var attempt = catchThrowable(() -> view(newcomer, booking.id()));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void a_confirmed_booking_whose_window_has_ended_reads_ended_before_the_sweep() {
        var confirmation = world.confirmedBooking(asha, plan);
        world.clock.set(confirmation.chat().endsAt());

        var seen = world.viewBooking.view(new ViewBooking.Query(asha, confirmation.booking().id()));

        assertThat(seen.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(seen.state()).isEqualTo(SessionState.ENDED);
    }

    private Booking view(Actor actor, BookingId id) {
        return world.viewBooking.view(new ViewBooking.Query(actor, id)).booking();
    }
}
