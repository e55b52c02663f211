package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.notification.Email;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The invitation to review a session, queued when its chat window is found to have ended. */
class ReviewInvitationTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);

    private void sweep() {
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));
    }

    private List<Email.ReviewInvitation> invitations() {
        return world.outbox.emails(Email.ReviewInvitation.class);
    }

    @Test
    void the_sweep_of_an_ended_chat_invites_its_member_to_review_the_booking() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));

        sweep();

        assertThat(invitations()).containsExactly(
                new Email.ReviewInvitation(asha.id(), confirmation.booking().id().value(), "ravi_k"));
        assertThat(world.outbox.queued()).filteredOn(queued -> queued.email() instanceof Email.ReviewInvitation)
                .singleElement().satisfies(queued -> assertThat(queued.dueAt()).isEqualTo(world.now()));
    }

    @Test
    void a_window_that_two_bookings_paid_into_is_one_invitation_naming_the_later_booking() {
        world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(3));
        var later = world.confirmedBooking(asha, week);
        world.clock.set(later.chat().endsAt());

        sweep();

        assertThat(invitations()).extracting(Email.ReviewInvitation::booking)
                .containsExactly(later.booking().id().value());
    }

    @Test
    void sweeping_again_invites_nobody_twice() {
        world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));
        sweep();
        world.clock.advance(Duration.ofHours(1));

        sweep();

        assertThat(invitations()).hasSize(1);
    }

    @Test
    void a_chat_still_open_brings_no_invitation() {
        var confirmation = world.confirmedBooking(asha, week);
        world.clock.set(confirmation.chat().endsAt().minusNanos(1));

        sweep();

        assertThat(invitations()).isEmpty();
    }

    @Test
    void only_the_member_is_invited_never_the_mentor() {
        world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));

        sweep();

        assertThat(invitations()).extracting(Email::recipient).containsOnly(asha.id());
    }

    @Test
    void each_ended_chat_of_a_sweep_invites_its_own_member() {
        var meena = world.onboardedUser("meena");
        var hers = world.confirmedBooking(meena, week);
        var his = world.confirmedBooking(asha, world.plan(world.verifiedMentor("meera"), 7));
        world.clock.advance(Duration.ofDays(8));

        sweep();

        assertThat(invitations()).containsExactlyInAnyOrder(
                new Email.ReviewInvitation(meena.id(), hers.booking().id().value(), "ravi_k"),
                new Email.ReviewInvitation(asha.id(), his.booking().id().value(), "meera"));
    }

    @Test
    void rebooking_after_the_window_ended_but_before_the_sweep_invites_for_the_ended_window() {
        var first = world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));

        world.confirmedBooking(asha, week);
        sweep();

        assertThat(invitations()).extracting(Email.ReviewInvitation::booking)
                .containsExactly(first.booking().id().value());
    }

    @Test
    void rebooking_after_the_sweep_invites_nobody_again_for_the_window_it_swept() {
        world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));
        sweep();

        world.confirmedBooking(asha, week);

        assertThat(invitations()).hasSize(1);
    }

    @Test
    void a_sweep_that_another_run_locked_out_invites_nobody() {
        world.confirmedBooking(asha, week);
        world.clock.advance(Duration.ofDays(8));
        world.stores.jobLocks().tryLock("chats.sweep-expired", "another run", world.now(), Duration.ofMinutes(5));

        sweep();

        assertThat(invitations()).isEmpty();
    }
}
