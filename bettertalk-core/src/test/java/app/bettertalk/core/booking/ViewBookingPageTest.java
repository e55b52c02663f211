package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.chat.SessionState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewBookingPageTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan plan = world.plan(ravi, 7);

    @Test
    void the_booker_sees_the_booking_with_both_names_as_the_one_who_pays() {
        var booking = world.pendingBooking(asha, plan);

        var page = view(asha, booking.id());

        assertThat(page.booking()).isEqualTo(booking);
        assertThat(page.userName()).isEqualTo("asha");
        assertThat(page.mentorName()).isEqualTo("ravi_k");
        assertThat(page.viewerIsBooker()).isTrue();
    }

    @Test
    void a_pending_booking_leads_to_no_chat_even_when_the_pair_chatted_before() {
        world.confirmedBooking(asha, plan);
        var again = world.pendingBooking(asha, plan);

        var page = view(asha, again.id());

        assertThat(page.chat()).isEmpty();
    }

    @Test
    void a_paid_booking_leads_to_the_pairs_chat() {
        var confirmation = world.confirmedBooking(asha, plan);

        var page = view(asha, confirmation.booking().id());

        assertThat(page.chat()).contains(confirmation.chat().id());
    }

    @Test
    void the_mentor_sees_the_booking_and_its_chat_but_is_not_the_one_who_pays() {
        var confirmation = world.confirmedBooking(asha, plan);

        var page = view(ravi, confirmation.booking().id());

        assertThat(page.viewerIsBooker()).isFalse();
        assertThat(page.chat()).contains(confirmation.chat().id());
    }

    @Test
    void an_admin_sees_the_booking_but_not_the_way_into_the_chat() {
        var confirmation = world.confirmedBooking(asha, plan);
        var admin = world.admin("priya");

        var page = view(admin, confirmation.booking().id());

        assertThat(page.booking()).isEqualTo(confirmation.booking());
        assertThat(page.chat()).isEmpty();
    }

    @Test
    void the_booker_is_asked_to_pay_for_a_pending_booking() {
        var booking = world.pendingBooking(asha, plan);

        var page = view(asha, booking.id());

        assertThat(page.payable()).isTrue();
    }

    @Test
    void a_paid_booking_is_not_offered_for_payment_again() {
        var confirmation = world.confirmedBooking(asha, plan);

        var page = view(asha, confirmation.booking().id());

        assertThat(page.payable()).isFalse();
    }

    @Test
    void a_cancelled_booking_is_not_offered_for_payment() {
        var booking = world.pendingBooking(asha, plan);
        world.cancelBooking.cancel(new CancelBooking.Command(asha, booking.id()));

        var page = view(asha, booking.id());

        assertThat(page.payable()).isFalse();
    }

    @Test
    void neither_the_mentor_nor_an_admin_is_asked_to_pay() {
        var booking = world.pendingBooking(asha, plan);
        var admin = world.admin("priya");

        var mentorsPage = view(ravi, booking.id());
        var adminsPage = view(admin, booking.id());

        assertThat(mentorsPage.payable()).isFalse();
        assertThat(adminsPage.payable()).isFalse();
    }

    @Test
    void anyone_else_finds_no_booking() {
        var booking = world.pendingBooking(asha, plan);
        var meena = world.onboardedUser("meena");

        var attempt = catchThrowable(() -> view(meena, booking.id()));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.what()).isEqualTo("booking"));
    }

    @Test
    void an_unknown_booking_is_not_found() {
        var attempt = catchThrowable(() -> view(asha, BookingId.random()));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_confirmed_booking_whose_window_has_ended_reads_ended_before_the_sweep() {
        var confirmation = world.confirmedBooking(asha, plan);
        world.clock.set(confirmation.chat().endsAt());

        var page = view(asha, confirmation.booking().id());

        assertThat(page.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(page.state()).isEqualTo(SessionState.ENDED);
    }

    @Test
    void an_admin_sees_where_a_booking_stands_without_the_way_into_its_chat() {
        var confirmation = world.confirmedBooking(asha, plan);
        var admin = world.admin("priya");

        var page = view(admin, confirmation.booking().id());

        assertThat(page.state()).isEqualTo(SessionState.ACTIVE);
    }

    @Test
    void a_pending_booking_of_a_pair_with_an_open_chat_still_awaits_payment() {
        world.confirmedBooking(asha, plan);
        var again = world.pendingBooking(asha, plan);

        var page = view(asha, again.id());

        assertThat(page.state()).isEqualTo(SessionState.AWAITING_PAYMENT);
    }

    private BookingPage view(Actor actor, BookingId booking) {
        return world.viewBookingPage.view(new ViewBookingPage.Query(actor, booking));
    }
}
