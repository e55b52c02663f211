package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.ChangePlanAvailability;
import app.bettertalk.core.mentor.EditPlan;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class BookPlanTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan plan = world.plan(ravi, 7);

    @Test
    void booking_a_plan_makes_a_pending_booking_priced_from_the_plan() {
        world.clock.advance(Duration.ofMinutes(3));

        var booking = world.bookPlan.book(new BookPlan.Command(asha, plan.id()));

        assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(booking.user()).isEqualTo(asha.id());
        assertThat(booking.mentor()).isEqualTo(ravi.id());
        assertThat(booking.plan()).isEqualTo(plan.id());
        assertThat(booking.planTitle()).isEqualTo(plan.title());
        assertThat(booking.price()).isEqualTo(Paise.ofRupees(499));
        assertThat(booking.chatWindowDays()).isEqualTo(7);
        assertThat(booking.paymentReference()).isEmpty();
        assertThat(booking.createdAt()).isEqualTo(world.now());
    }

    @Test
    void a_booking_is_stored_as_it_was_returned() {
        var booking = world.bookPlan.book(new BookPlan.Command(asha, plan.id()));

        assertThat(world.bookings.byId(booking.id())).contains(booking);
    }

    @Test
    void booking_queues_no_email_and_opens_no_chat() {
        var emailsBefore = world.outbox.emails();

        world.bookPlan.book(new BookPlan.Command(asha, plan.id()));

        assertThat(world.outbox.emails()).isEqualTo(emailsBefore);
        assertThat(world.chatThreads.ofPair(asha.id(), ravi.id())).isEmpty();
    }

    @Test
    void editing_the_plan_later_does_not_change_a_booking_already_made() {
        var booking = world.bookPlan.book(new BookPlan.Command(asha, plan.id()));

        world.editPlan.edit(new EditPlan.Command(ravi, plan.id(), new Plan.Terms("Deep support", "More.",
                Paise.ofRupees(999), 60, 30)));

        var stored = world.bookings.byId(booking.id()).orElseThrow();
        assertThat(stored.price()).isEqualTo(Paise.ofRupees(499));
        assertThat(stored.chatWindowDays()).isEqualTo(7);
        assertThat(stored.planTitle()).isEqualTo("Support - 7 days chat");
    }

    @Test
    void a_booking_made_after_an_edit_takes_the_new_terms() {
        world.editPlan.edit(new EditPlan.Command(ravi, plan.id(), new Plan.Terms("Deep support", "More.",
                Paise.ofRupees(999), 60, 30)));

        var booking = world.bookPlan.book(new BookPlan.Command(asha, plan.id()));

        assertThat(booking.price()).isEqualTo(Paise.ofRupees(999));
        assertThat(booking.chatWindowDays()).isEqualTo(30);
        assertThat(booking.planTitle()).isEqualTo("Deep support");
    }

    @Test
    void a_mentor_cannot_book_their_own_plan() {
        var attempt = catchThrowable(() -> world.bookPlan.book(new BookPlan.Command(ravi, plan.id())));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("own_plan"));
        assertThat(world.bookings.ofMentor(ravi.id())).isEmpty();
    }

    @Test
    void an_unverified_mentors_plan_is_not_found() {
        var meera = world.unverifiedMentor("meera");
        var unverifiedPlan = world.plan(meera, 7);

        var attempt = catchThrowable(() -> world.bookPlan.book(new BookPlan.Command(asha, unverifiedPlan.id())));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.what()).isEqualTo("plan"));
        assertThat(world.bookings.ofUser(asha.id())).isEmpty();
    }

    @Test
    void a_plan_of_a_mentor_whose_verification_was_taken_back_is_not_found() {
        world.verifyMentor.verify(new VerifyMentor.Command(Actor.operator(), ravi.id(), false));

        var attempt = catchThrowable(() -> world.bookPlan.book(new BookPlan.Command(asha, plan.id())));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_unknown_plan_is_not_found() {
        var attempt = catchThrowable(() -> world.bookPlan.book(new BookPlan.Command(asha, PlanId.random())));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_inactive_plan_cannot_be_booked() {
        world.changePlanAvailability.change(new ChangePlanAvailability.Command(ravi, plan.id(), false));

        var attempt = catchThrowable(() -> world.bookPlan.book(new BookPlan.Command(asha, plan.id())));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("plan_inactive"));
        assertThat(world.bookings.ofUser(asha.id())).isEmpty();
    }

    @Test
    void a_plan_made_active_again_can_be_booked() {
        world.changePlanAvailability.change(new ChangePlanAvailability.Command(ravi, plan.id(), false));
        world.changePlanAvailability.change(new ChangePlanAvailability.Command(ravi, plan.id(), true));

        var booking = world.bookPlan.book(new BookPlan.Command(asha, plan.id()));

        assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void someone_who_has_not_finished_onboarding_cannot_book() {
        var newcomer = world.newcomer("Nila");

        var attempt = catchThrowable(() -> world.bookPlan.book(new BookPlan.Command(newcomer, plan.id())));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void a_user_may_book_the_same_plan_twice_and_gets_two_bookings() {
        var first = world.bookPlan.book(new BookPlan.Command(asha, plan.id()));

        var second = world.bookPlan.book(new BookPlan.Command(asha, plan.id()));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(world.bookings.ofUser(asha.id())).hasSize(2);
    }
}
