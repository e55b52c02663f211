package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.chat.Counterpart;
import app.bettertalk.core.identity.UpdateProfile;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.chat.SessionState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ListMyBookingsTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan raviPlan = world.plan(ravi, 7);

    private MyBookings list(Actor actor) {
        return world.listMyBookings.list(new ListMyBookings.Query(actor));
    }

    @Test
    void a_user_sees_what_they_booked_newest_first_with_the_mentors_name_and_tick() {
        var first = world.pendingBooking(asha, raviPlan);
        world.clock.advance(Duration.ofMinutes(1));
        var second = world.pendingBooking(asha, raviPlan);

        var mine = list(asha);

        assertThat(mine.made()).extracting(BookingSummary::booking).containsExactly(second, first);
        assertThat(mine.made()).extracting(BookingSummary::counterpart)
                .containsOnly(new Counterpart(ravi.id(), "ravi_k", true));
        assertThat(mine.withMe()).isEmpty();
    }

    @Test
    void a_mentor_sees_the_bookings_made_with_them_under_the_users_public_name() {
        world.updateProfile.update(new UpdateProfile.Command(asha, "Asha K", "", "30", "98765 43210"));
        var booking = world.pendingBooking(asha, raviPlan);

        var theirs = list(ravi);

        assertThat(theirs.withMe()).singleElement().satisfies(summary -> {
            assertThat(summary.booking()).isEqualTo(booking);
            assertThat(summary.counterpart()).isEqualTo(new Counterpart(asha.id(), "Asha K", false));
        });
        assertThat(theirs.made()).isEmpty();
    }

    @Test
    void a_confirmed_booking_leads_to_its_chat() {
        var confirmation = world.confirmedBooking(asha, raviPlan);

        var mine = list(asha);

        assertThat(mine.made()).singleElement()
                .satisfies(summary -> assertThat(summary.chat()).contains(confirmation.chat().id()));
    }

    @Test
    void an_expired_booking_still_leads_to_its_chat_to_read() {
        var confirmation = world.confirmedBooking(asha, raviPlan);
        world.clock.advance(Duration.ofDays(8));
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));

        var mine = list(asha);

        assertThat(mine.made()).singleElement().satisfies(summary -> {
            assertThat(summary.booking().status()).isEqualTo(BookingStatus.EXPIRED);
            assertThat(summary.chat()).contains(confirmation.chat().id());
        });
    }

    @Test
    void a_confirmed_booking_whose_window_has_ended_reads_ended_before_the_sweep() {
        var confirmation = world.confirmedBooking(asha, raviPlan);
        world.clock.set(confirmation.chat().endsAt());

        var mine = list(asha);

        assertThat(mine.made()).singleElement().satisfies(summary -> {
            assertThat(summary.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(summary.state()).isEqualTo(SessionState.ENDED);
        });
    }

    @Test
    void the_mentor_sees_the_same_state_of_a_booking_made_with_them() {
        var confirmation = world.confirmedBooking(asha, raviPlan);
        world.clock.set(confirmation.chat().endsAt());

        var theirs = list(ravi);

        assertThat(theirs.withMe()).singleElement()
                .satisfies(summary -> assertThat(summary.state()).isEqualTo(SessionState.ENDED));
    }

    @Test
    void a_pending_booking_has_no_chat_even_when_the_pair_already_chats() {
        world.confirmedBooking(asha, raviPlan);
        world.clock.advance(Duration.ofMinutes(1));
        world.pendingBooking(asha, raviPlan);

        var mine = list(asha);

        assertThat(mine.made()).extracting(BookingSummary::chat).first().isEqualTo(Optional.empty());
    }

    @Test
    void a_mentor_who_lost_verification_has_no_tick() {
        world.pendingBooking(asha, raviPlan);
        world.verifyMentor.verify(new VerifyMentor.Command(Actor.operator(), ravi.id(), false));

        var mine = list(asha);

        assertThat(mine.made()).singleElement()
                .satisfies(summary -> assertThat(summary.counterpart().verifiedMentor()).isFalse());
    }

    @Test
    void a_mentor_booking_another_mentor_sees_each_booking_in_its_own_list_with_its_own_chat() {
        var meera = world.verifiedMentor("meera");
        var raviBooksMeera = world.confirmedBooking(ravi, world.plan(meera, 3));
        var meeraBooksRavi = world.confirmedBooking(meera, raviPlan);

        var ravis = list(ravi);

        assertThat(ravis.made()).singleElement()
                .satisfies(summary -> assertThat(summary.chat()).contains(raviBooksMeera.chat().id()));
        assertThat(ravis.withMe()).singleElement()
                .satisfies(summary -> assertThat(summary.chat()).contains(meeraBooksRavi.chat().id()));
    }

    @Test
    void a_mentor_nobody_has_booked_yet_mentors_and_a_user_who_never_applied_does_not() {
        var nila = world.unverifiedMentor("nila");

        var mentors = list(nila);
        var user = list(asha);

        assertThat(mentors.mentors()).isTrue();
        assertThat(mentors.withMe()).isEmpty();
        assertThat(user.mentors()).isFalse();
    }

    @Test
    void an_admin_who_was_booked_as_a_mentor_mentors() {
        world.pendingBooking(asha, raviPlan);
        world.unitOfWork.inTransaction(() -> {
            world.users.update(world.users.byId(ravi.id()).orElseThrow().withRole(Role.ADMIN, world.now()));
            return null;
        });

        var mine = list(world.identifyActor.identify(ravi.id()));

        assertThat(mine.mentors()).isTrue();
    }

    @Test
    void nobody_sees_another_persons_bookings() {
        var meena = world.onboardedUser("meena");
        world.confirmedBooking(asha, raviPlan);

        var hers = list(meena);

        assertThat(hers.made()).isEmpty();
        assertThat(hers.withMe()).isEmpty();
    }

    @Test
    void someone_who_has_not_onboarded_lists_nothing() {
        var newcomer = world.newcomer("Nila");

        var attempt = catchThrowable(() -> list(newcomer));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }
}
