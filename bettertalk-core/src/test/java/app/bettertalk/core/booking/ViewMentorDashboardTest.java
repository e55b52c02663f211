package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.Counterpart;
import app.bettertalk.core.chat.SessionState;
import app.bettertalk.core.mentor.ChangePlanAvailability;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewMentorDashboardTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");

    @Test
    void a_mentor_sees_their_profile_and_public_name() {
        var dashboard = view(ravi);

        assertThat(dashboard.mentor().id()).isEqualTo(ravi.id());
        assertThat(dashboard.name()).isEqualTo("ravi_k");
    }

    @Test
    void a_mentor_sees_every_plan_of_theirs_inactive_ones_included() {
        var kept = world.plan(ravi, 3);
        var retired = world.plan(ravi, 7);
        world.changePlanAvailability.change(new ChangePlanAvailability.Command(ravi, retired.id(), false));

        var dashboard = view(ravi);

        assertThat(dashboard.plans()).extracting(plan -> plan.id()).containsExactly(kept.id(), retired.id());
        assertThat(dashboard.plans().get(1).active()).isFalse();
    }

    @Test
    void a_mentor_sees_the_bookings_made_with_them_and_who_made_them() {
        var booking = world.pendingBooking(asha, world.plan(ravi, 7));

        var dashboard = view(ravi);

        assertThat(dashboard.bookings()).containsExactly(new MentorDashboard.BookingLine(booking, "asha",
                SessionState.AWAITING_PAYMENT));
    }

    @Test
    void a_booking_whose_window_has_ended_reads_ended_on_the_dashboard_before_the_sweep() {
        var confirmation = world.confirmedBooking(asha, world.plan(ravi, 2));
        world.clock.set(confirmation.chat().endsAt());

        var dashboard = view(ravi);

        assertThat(dashboard.bookings()).singleElement()
                .satisfies(line -> assertThat(line.state()).isEqualTo(SessionState.ENDED));
    }

    @Test
    void a_mentor_sees_their_chats_as_mentor_with_the_countdown() {
        var chat = world.confirmedBooking(asha, world.plan(ravi, 2)).chat();
        world.clock.advance(Duration.ofHours(1));

        var dashboard = view(ravi);

        assertThat(dashboard.chats()).singleElement().satisfies(summary -> {
            assertThat(summary.thread().id()).isEqualTo(chat.id());
            assertThat(summary.counterpart()).isEqualTo(new Counterpart(asha.id(), "asha", false));
            assertThat(summary.countdown().text()).isEqualTo("Free chat available for next 1 day 23 hours");
        });
    }

    @Test
    void the_chats_a_mentor_booked_with_another_mentor_are_not_on_their_dashboard() {
        var meera = world.verifiedMentor("meera");
        world.confirmedBooking(ravi, world.plan(meera, 5));

        var dashboard = view(ravi);

        assertThat(dashboard.chats()).isEmpty();
        assertThat(dashboard.bookings()).isEmpty();
    }

    @Test
    void an_unverified_mentor_has_a_dashboard_too() {
        var nila = world.unverifiedMentor("nila");

        var dashboard = view(nila);

        assertThat(dashboard.mentor().verified()).isFalse();
    }

    @Test
    void someone_who_never_applied_is_told_to_apply_first() {
        var attempt = catchThrowable(() -> view(asha));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_mentor"));
    }

    @Test
    void nobody_sees_a_dashboard_before_onboarding() {
        var newcomer = world.newcomer("Nila");

        var attempt = catchThrowable(() -> view(newcomer));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    private MentorDashboard view(Actor actor) {
        return world.viewMentorDashboard.view(new ViewMentorDashboard.Query(actor));
    }
}
