package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatWindow;
import app.bettertalk.core.mentor.EditPlan;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.notification.InMemoryOutbox;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.chat.SessionState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

class ConfirmBookingTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);
    private final Booking booking = world.pendingBooking(asha, week);
    private final Instant start = world.now();

    @Test
    void a_paid_booking_becomes_confirmed_with_its_payment_reference() {
        world.clock.advance(Duration.ofMinutes(2));

        var confirmation = confirm(asha, booking, "rzp_1");

        var stored = world.bookings.byId(booking.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(stored.paymentReference()).isEqualTo("rzp_1");
        assertThat(stored.updatedAt()).isEqualTo(world.now());
        assertThat(confirmation.booking()).isEqualTo(stored);
    }

    @Test
    void the_gateway_is_asked_whether_the_reference_paid_the_bookings_price() {
        confirm(asha, booking, "rzp_1");

        assertThat(world.payments.checks())
                .containsExactly(new FakePaymentGateway.Check(booking.id(), Paise.ofRupees(499), "rzp_1"));
    }

    @Test
    void the_gateway_is_asked_for_the_price_booked_even_after_the_plan_was_repriced() {
        world.editPlan.edit(new EditPlan.Command(ravi, week.id(),
                new Plan.Terms("Week", "", Paise.ofRupees(1_999), 0, 30)));

        var confirmation = confirm(asha, booking, "rzp_1");

        assertThat(world.payments.checks()).extracting(FakePaymentGateway.Check::amount)
                .containsExactly(Paise.ofRupees(499));
        assertThat(confirmation.chat().endsAt()).isEqualTo(start.plus(Duration.ofDays(7)));
    }

    @Test
    void the_first_confirmed_booking_opens_the_pairs_chat_for_the_booked_days_from_now() {
        world.clock.advance(Duration.ofHours(1));

        var confirmation = confirm(asha, booking, "rzp_1");

        var chat = threadOfPair();
        assertThat(chat.window()).isEqualTo(new ChatWindow(world.now(), world.now().plus(Duration.ofDays(7))));
        assertThat(chat.active()).isTrue();
        assertThat(chat.user()).isEqualTo(asha.id());
        assertThat(chat.mentor()).isEqualTo(ravi.id());
        assertThat(confirmation.chat()).isEqualTo(chat);
    }

    @Test
    void a_later_booking_with_the_same_mentor_while_the_chat_is_open_adds_its_days_to_the_end() {
        var first = confirm(asha, booking, "rzp_1");
        world.clock.advance(Duration.ofDays(2));
        var again = world.pendingBooking(asha, week);

        var second = confirm(asha, again, "rzp_2");

        assertThat(second.chat().id()).isEqualTo(first.chat().id());
        assertThat(second.chat().window()).isEqualTo(new ChatWindow(start, start.plus(Duration.ofDays(14))));
        assertThat(world.chatThreads.ofParticipant(asha.id())).containsExactly(second.chat());
    }

    @Test
    void rebooking_after_the_chat_ended_opens_the_same_thread_for_the_booked_days_from_now() {
        var first = confirm(asha, booking, "rzp_1");
        world.clock.advance(Duration.ofDays(10));
        var again = world.pendingBooking(asha, world.plan(ravi, 3));

        var second = confirm(asha, again, "rzp_2");

        assertThat(second.chat().id()).isEqualTo(first.chat().id());
        assertThat(second.chat().window()).isEqualTo(new ChatWindow(world.now(), world.now().plus(Duration.ofDays(3))));
        assertThat(second.chat().createdAt()).isEqualTo(first.chat().createdAt());
    }

    @Test
    void rebooking_at_the_very_instant_the_chat_ends_counts_the_days_from_then() {
        confirm(asha, booking, "rzp_1");
        world.clock.set(start.plus(Duration.ofDays(7)));
        var again = world.pendingBooking(asha, week);

        var second = confirm(asha, again, "rzp_2");

        assertThat(second.chat().endsAt()).isEqualTo(start.plus(Duration.ofDays(14)));
    }

    @Test
    void rebooking_after_the_chat_ended_expires_the_booking_whose_days_ran_out_before_the_sweep_gets_to_it() {
        var first = confirm(asha, booking, "rzp_1");
        world.clock.advance(Duration.ofDays(7));
        var again = world.pendingBooking(asha, week);

        var second = confirm(asha, again, "rzp_2");

        assertThat(world.bookings.byId(first.booking().id()).orElseThrow())
                .isEqualTo(first.booking().expire(world.now()));
        assertThat(world.bookings.byId(again.id()).orElseThrow()).isEqualTo(second.booking());
        assertThat(second.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void rebooking_while_the_chat_is_open_leaves_the_earlier_booking_confirmed() {
        var first = confirm(asha, booking, "rzp_1");
        world.clock.advance(Duration.ofDays(6));
        var again = world.pendingBooking(asha, week);

        confirm(asha, again, "rzp_2");

        assertThat(world.bookings.byId(first.booking().id()).orElseThrow().status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void reopening_an_ended_chat_leaves_the_pairs_pending_and_cancelled_bookings_and_other_pairs_alone() {
        confirm(asha, booking, "rzp_1");
        var meena = world.onboardedUser("meena");
        var theirs = world.confirmedBooking(meena, week).booking();
        world.clock.advance(Duration.ofDays(7));
        var waiting = world.pendingBooking(asha, week);
        var dropped = world.cancelBooking.cancel(new CancelBooking.Command(asha,
                world.pendingBooking(asha, week).id()));
        var again = world.pendingBooking(asha, week);

        confirm(asha, again, "rzp_2");

        assertThat(world.bookings.byId(waiting.id())).contains(waiting);
        assertThat(world.bookings.byId(dropped.id())).contains(dropped);
        assertThat(world.bookings.byId(theirs.id())).contains(theirs);
    }

    @Test
    void a_booking_with_another_mentor_opens_a_chat_of_its_own() {
        var first = confirm(asha, booking, "rzp_1");
        var meera = world.verifiedMentor("meera");
        var other = world.pendingBooking(asha, world.plan(meera, 5));

        var second = confirm(asha, other, "rzp_2");

        assertThat(second.chat().id()).isNotEqualTo(first.chat().id());
        assertThat(second.chat().mentor()).isEqualTo(meera.id());
        assertThat(threadOfPair().endsAt()).isEqualTo(start.plus(Duration.ofDays(7)));
    }

    @Test
    void confirming_the_same_booking_with_the_same_reference_again_returns_the_same_result() {
        var first = confirm(asha, booking, "rzp_1");
        world.clock.advance(Duration.ofMinutes(10));

        var second = confirm(asha, booking, "rzp_1");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void confirming_the_same_payment_twice_extends_the_chat_once() {
        confirm(asha, booking, "rzp_1");
        world.clock.advance(Duration.ofDays(1));

        confirm(asha, booking, "rzp_1");

        assertThat(threadOfPair().endsAt()).isEqualTo(start.plus(Duration.ofDays(7)));
        assertThat(world.bookings.byId(booking.id()).orElseThrow().updatedAt()).isEqualTo(start);
    }

    @Test
    void a_repeat_of_the_confirming_payment_after_the_sweep_expired_the_booking_changes_nothing() {
        confirm(asha, booking, "rzp_1");
        world.clock.advance(Duration.ofDays(8));
        world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 10));
        var queued = world.outbox.queued();

        var repeat = confirm(asha, booking, "rzp_1");

        assertThat(repeat.booking().status()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(repeat.chat().endsAt()).isEqualTo(start.plus(Duration.ofDays(7)));
        assertThat(world.outbox.queued()).isEqualTo(queued);
        assertThat(world.payments.checks()).hasSize(1);
    }

    @Test
    void a_new_confirmation_is_active() {
        var confirmation = confirm(asha, booking, "rzp_1");

        assertThat(confirmation.state()).isEqualTo(SessionState.ACTIVE);
    }

    @Test
    void a_repeat_of_the_confirming_payment_after_the_window_ended_reads_ended_before_the_sweep() {
        var first = confirm(asha, booking, "rzp_1");
        world.clock.set(first.chat().endsAt());

        var repeat = confirm(asha, booking, "rzp_1");

        assertThat(repeat.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(repeat.state()).isEqualTo(SessionState.ENDED);
    }

    @Test
    void confirming_the_same_payment_twice_asks_the_gateway_once() {
        confirm(asha, booking, "rzp_1");

        confirm(asha, booking, "rzp_1");

        assertThat(world.payments.checks()).hasSize(1);
    }

    @Test
    void confirming_the_same_payment_twice_queues_each_email_once() {
        confirm(asha, booking, "rzp_1");
        var queued = world.outbox.queued();

        world.clock.advance(Duration.ofHours(1));
        confirm(asha, booking, "rzp_1");

        assertThat(world.outbox.queued()).isEqualTo(queued);
    }

    @Test
    void a_refused_payment_is_a_validation_error_on_the_payment_reference() {
        world.payments.refuse("rzp_bad", "amount mismatch");

        var attempt = catchThrowable(() -> confirm(asha, booking, "rzp_bad"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Validation.class, validation -> {
            assertThat(validation.field()).isEqualTo("paymentReference");
            assertThat(validation.rule()).contains("amount mismatch");
        });
    }

    @Test
    void a_refused_payment_changes_nothing_and_queues_nothing() {
        world.payments.refuse("rzp_bad", "not captured");
        var emailsBefore = world.outbox.queued();

        catchThrowable(() -> confirm(asha, booking, "rzp_bad"));

        assertThat(world.bookings.byId(booking.id())).contains(booking);
        assertThat(world.chatThreads.ofPair(asha.id(), ravi.id())).isEmpty();
        assertThat(world.outbox.queued()).isEqualTo(emailsBefore);
    }

    @Test
    void a_refused_payment_leaves_an_open_chat_as_it_was() {
        confirm(asha, booking, "rzp_1");
        var chat = threadOfPair();
        var again = world.pendingBooking(asha, week);
        world.payments.refuse("rzp_bad", "not captured");

        catchThrowable(() -> confirm(asha, again, "rzp_bad"));

        assertThat(threadOfPair()).isEqualTo(chat);
        assertThat(world.outbox.emails(Email.BookingConfirmed.class)).hasSize(1);
    }

    @Test
    void a_booking_whose_payment_was_refused_can_be_paid_with_another_reference() {
        world.payments.refuse("rzp_bad", "not captured");
        catchThrowable(() -> confirm(asha, booking, "rzp_bad"));

        var confirmation = confirm(asha, booking, "rzp_good");

        assertThat(confirmation.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmation.booking().paymentReference()).isEqualTo("rzp_good");
    }

    @Test
    void a_payment_reference_that_confirmed_one_booking_cannot_confirm_another() {
        confirm(asha, booking, "rzp_1");
        var other = world.pendingBooking(asha, week);

        var attempt = catchThrowable(() -> confirm(asha, other, "rzp_1"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("payment_reference_used"));
    }

    @Test
    void a_reused_payment_reference_changes_nothing_and_asks_no_gateway() {
        confirm(asha, booking, "rzp_1");
        var other = world.pendingBooking(asha, week);
        var emailsBefore = world.outbox.queued();

        catchThrowable(() -> confirm(asha, other, "rzp_1"));

        assertThat(world.bookings.byId(other.id())).contains(other);
        assertThat(threadOfPair().endsAt()).isEqualTo(start.plus(Duration.ofDays(7)));
        assertThat(world.payments.checks()).hasSize(1);
        assertThat(world.outbox.queued()).isEqualTo(emailsBefore);
    }

    @Test
    void another_users_payment_reference_cannot_confirm_a_booking() {
        var meena = world.onboardedUser("meena");
        var theirs = world.pendingBooking(meena, week);
        confirm(meena, theirs, "rzp_theirs");

        var attempt = catchThrowable(() -> confirm(asha, booking, "rzp_theirs"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("payment_reference_used"));
        assertThat(world.chatThreads.ofPair(asha.id(), ravi.id())).isEmpty();
    }

    @Test
    void a_confirmed_booking_cannot_be_confirmed_again_with_another_reference() {
        confirm(asha, booking, "rzp_1");
        var chat = threadOfPair();

        var attempt = catchThrowable(() -> confirm(asha, booking, "rzp_2"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("booking_confirmed"));
        assertThat(world.bookings.byId(booking.id()).orElseThrow().paymentReference()).isEqualTo("rzp_1");
        assertThat(threadOfPair()).isEqualTo(chat);
        assertThat(world.payments.checks()).hasSize(1);
    }

    @Test
    void a_cancelled_booking_cannot_be_confirmed() {
        world.cancelBooking.cancel(new CancelBooking.Command(asha, booking.id()));

        var attempt = catchThrowable(() -> confirm(asha, booking, "rzp_1"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("booking_cancelled"));
        assertThat(world.chatThreads.ofPair(asha.id(), ravi.id())).isEmpty();
        assertThat(world.payments.checks()).isEmpty();
    }

    @Test
    void a_payment_reference_of_the_wrong_shape_never_becomes_a_command() {
        var attempt = catchThrowable(() -> new ConfirmBooking.Command(asha, booking.id(), "rzp 1; drop"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("paymentReference"));
    }

    @Test
    void someone_else_confirming_a_booking_finds_no_booking() {
        var meena = world.onboardedUser("meena");

        var attempt = catchThrowable(() -> confirm(meena, booking, "rzp_1"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.what()).isEqualTo("booking"));
        assertThat(world.bookings.byId(booking.id())).contains(booking);
        assertThat(world.payments.checks()).isEmpty();
    }

    @Test
    void the_mentor_of_a_booking_cannot_confirm_it() {
        var attempt = catchThrowable(() -> confirm(ravi, booking, "rzp_1"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_your_booking"));
        assertThat(world.bookings.byId(booking.id())).contains(booking);
        assertThat(world.payments.checks()).isEmpty();
    }

    @Test
    void an_unknown_booking_is_not_found() {
        var attempt = catchThrowable(() -> world.confirmBooking.confirm(
                new ConfirmBooking.Command(asha, BookingId.random(), "rzp_1")));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_admin_may_confirm_a_booking_for_the_user_who_paid() {
        var admin = world.admin("priya");

        var confirmation = confirm(admin, booking, "rzp_1");

        assertThat(confirmation.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmation.chat().user()).isEqualTo(asha.id());
    }

    @Test
    void the_operator_may_confirm_a_booking() {
        var confirmation = confirm(Actor.operator(), booking, "rzp_1");

        assertThat(confirmation.booking().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void confirming_queues_a_booking_confirmed_email_to_the_user() {
        var confirmation = confirm(asha, booking, "rzp_1");

        assertThat(world.outbox.emails(Email.BookingConfirmed.class)).containsExactly(new Email.BookingConfirmed(
                asha.id(), booking.id().value(), confirmation.chat().id().value(), "ravi_k", week.title(),
                Paise.ofRupees(499), 7));
    }

    @Test
    void opening_the_chat_queues_a_chat_opened_email_to_each_participant() {
        var confirmation = confirm(asha, booking, "rzp_1");

        var endsAt = start.plus(Duration.ofDays(7));
        var chat = confirmation.chat().id().value();
        assertThat(world.outbox.emails(Email.ChatOpened.class)).containsExactlyInAnyOrder(
                new Email.ChatOpened(asha.id(), booking.id().value(), chat, "ravi_k", endsAt, false),
                new Email.ChatOpened(ravi.id(), booking.id().value(), chat, "asha", endsAt, false));
    }

    @Test
    void rebooking_while_the_chat_is_open_says_the_chat_was_extended() {
        confirm(asha, booking, "rzp_1");
        world.clock.advance(Duration.ofDays(6));
        var again = world.pendingBooking(asha, week);

        confirm(asha, again, "rzp_2");

        assertThat(world.outbox.emails(Email.ChatOpened.class))
                .filteredOn(email -> email.booking().equals(again.id().value()))
                .extracting(Email.ChatOpened::recipient, Email.ChatOpened::extended, Email.ChatOpened::endsAt)
                .containsExactlyInAnyOrder(
                        tuple(asha.id(), true, start.plus(Duration.ofDays(14))),
                        tuple(ravi.id(), true, start.plus(Duration.ofDays(14))));
    }

    @Test
    void rebooking_after_the_chat_ended_says_the_chat_was_opened_not_extended() {
        confirm(asha, booking, "rzp_1");
        world.clock.advance(Duration.ofDays(8));
        var again = world.pendingBooking(asha, week);

        confirm(asha, again, "rzp_2");

        assertThat(world.outbox.emails(Email.ChatOpened.class))
                .filteredOn(email -> email.booking().equals(again.id().value()))
                .extracting(Email.ChatOpened::extended)
                .containsExactly(false, false);
    }

    @Test
    void the_emails_of_a_confirmation_are_due_when_it_happens() {
        world.clock.advance(Duration.ofMinutes(7));

        confirm(asha, booking, "rzp_1");

        assertThat(world.outbox.queued()).filteredOn(queued -> !(queued.email() instanceof Email.OnboardingCompleted))
                .hasSize(3)
                .extracting(InMemoryOutbox.Queued::dueAt).containsOnly(world.now());
    }

    @Test
    void each_confirmation_of_a_rebooking_queues_its_own_emails() {
        confirm(asha, booking, "rzp_1");
        var again = world.pendingBooking(asha, week);

        confirm(asha, again, "rzp_2");

        assertThat(world.outbox.emails(Email.BookingConfirmed.class)).hasSize(2);
        assertThat(world.outbox.emails(Email.ChatOpened.class)).hasSize(4);
    }

    private Confirmation confirm(Actor actor, Booking which, String reference) {
        return world.confirmBooking.confirm(new ConfirmBooking.Command(actor, which.id(), reference));
    }

    private ChatThread threadOfPair() {
        return world.chatThreads.ofPair(asha.id(), ravi.id()).orElseThrow();
    }
}
