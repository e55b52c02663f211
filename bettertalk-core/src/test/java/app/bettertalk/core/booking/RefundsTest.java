package app.bettertalk.core.booking;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.chat.SessionState;
import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.EditPlan;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.InMemoryUnitOfWork;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class RefundsTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan plan = world.plan(ravi, 7);

    @BeforeEach
    void watchTransactions() {
        world.payments.watch(((InMemoryUnitOfWork) world.unitOfWork)::isOpenOnThisThread);
    }

    @Test
    void the_member_cancels_before_the_mentor_replies_and_gets_the_full_price_back() {
        var confirmed = world.confirmedBooking(asha, plan);
        world.clock.advance(Duration.ofHours(3));
        world.sendMessage.send(new SendMessage.Command(asha, confirmed.chat().id(), "a1", "hello?"));

        var refunded = refund(asha, confirmed.booking());

        assertThat(refunded.booking().status()).isEqualTo(BookingStatus.REFUNDED);
        assertThat(refunded.booking().paymentReference()).isEqualTo(confirmed.booking().paymentReference());
        assertThat(refunded.refund().state()).isEqualTo(Refund.State.PENDING);
        assertThat(refunded.refund().amount()).isEqualTo(confirmed.booking().price());
        assertThat(refunded.refund().reason()).isEqualTo(Refund.Reason.CANCELLED_BY_MEMBER);
        assertThat(refunded.refund().refundId()).isNotEmpty();
        assertThat(world.payments.refundKeysAsked())
                .containsExactly("bt_booking_" + confirmed.booking().id().value().toString().replace("-", ""));
        assertThat(world.payments.askedInTransaction()).isZero();
        var chat = world.chatThreads.byId(confirmed.chat().id()).orElseThrow();
        assertThat(chat.endsAt()).as("its days come off again").isEqualTo(chat.window().startsAt());
        assertThat(chat.acceptsMessagesAt(world.now())).isFalse();
        var emails = world.outbox.emails(Email.BookingRefunded.class);
        assertThat(emails).extracting(Email.BookingRefunded::recipient).containsExactlyInAnyOrder(asha.id(), ravi.id());
        assertThat(emails).allSatisfy(email -> {
            assertThat(email.cause()).isEqualTo(Email.BookingRefunded.RefundCause.MEMBER_CANCELLED);
            assertThat(email.amount()).isEqualTo(confirmed.booking().price());
        });
        assertThat(world.viewBookingPage.view(new ViewBookingPage.Query(asha, confirmed.booking().id())).state())
                .isEqualTo(SessionState.REFUNDED);
    }

    @Test
    void once_the_mentor_has_replied_in_time_the_member_can_no_longer_cancel() {
        var confirmed = world.confirmedBooking(asha, plan);
        world.clock.advance(Duration.ofHours(47));
        world.sendMessage.send(new SendMessage.Command(ravi, confirmed.chat().id(), "r1", "I am here"));

        var page = world.viewBookingPage.view(new ViewBookingPage.Query(asha, confirmed.booking().id()));
        var refused = catchThrowable(() -> refund(asha, confirmed.booking()));

        assertThat(page.refundable()).isFalse();
        assertThat(refused).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("refund_not_allowed"));
        assertThat(world.bookings.byId(confirmed.booking().id()).orElseThrow().status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(world.payments.refundKeysAsked()).isEmpty();
        assertThat(world.outbox.emails(Email.BookingRefunded.class)).isEmpty();
    }

    @Test
    void a_mentor_who_took_longer_than_48_hours_to_reply_leaves_the_member_free_to_cancel() {
        var confirmed = world.confirmedBooking(asha, plan);
        world.clock.advance(Duration.ofHours(49));
        world.sendMessage.send(new SendMessage.Command(ravi, confirmed.chat().id(), "r1", "sorry, I was away"));

        assertThat(world.viewBookingPage.view(new ViewBookingPage.Query(asha, confirmed.booking().id())).refundable())
                .isTrue();
        assertThat(refund(asha, confirmed.booking()).booking().status()).isEqualTo(BookingStatus.REFUNDED);
    }

    @Test
    void a_reply_to_an_earlier_booking_does_not_count_against_a_later_one() {
        var first = world.confirmedBooking(asha, plan);
        world.sendMessage.send(new SendMessage.Command(ravi, first.chat().id(), "r1", "welcome"));
        world.clock.advance(Duration.ofDays(1));
        var second = world.confirmedBooking(asha, plan);

        var refunded = refund(asha, second.booking());

        var chat = world.chatThreads.byId(first.chat().id()).orElseThrow();
        assertThat(refunded.booking().status()).isEqualTo(BookingStatus.REFUNDED);
        assertThat(chat.endsAt()).as("the first booking's seven days stay")
                .isEqualTo(chat.window().startsAt().plus(Duration.ofDays(7)));
        assertThat(catchThrowable(() -> refund(asha, first.booking())))
                .isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void the_mentor_refunds_an_ended_booking_without_touching_the_window_that_came_after() {
        var first = world.confirmedBooking(asha, plan);
        world.clock.advance(Duration.ofDays(8));
        var second = world.confirmedBooking(asha, plan);
        var windowBefore = world.chatThreads.byId(first.chat().id()).orElseThrow().window();

        var refunded = refund(ravi, world.bookings.byId(first.booking().id()).orElseThrow());

        assertThat(refunded.refund().reason()).isEqualTo(Refund.Reason.REFUNDED_BY_MENTOR);
        assertThat(world.chatThreads.byId(first.chat().id()).orElseThrow().window()).isEqualTo(windowBefore);
        assertThat(world.bookings.byId(second.booking().id()).orElseThrow().status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void an_admin_may_refund_any_paid_booking_and_nobody_else_learns_it_exists() {
        var confirmed = world.confirmedBooking(asha, plan);
        world.sendMessage.send(new SendMessage.Command(ravi, confirmed.chat().id(), "r1", "hi"));

        assertThat(catchThrowable(() -> refund(world.onboardedUser("meera"), confirmed.booking())))
                .isInstanceOf(DomainException.NotFound.class);
        var refunded = refund(world.admin("priya"), confirmed.booking());

        assertThat(refunded.refund().reason()).isEqualTo(Refund.Reason.REFUNDED_BY_ADMIN);
        assertThat(world.outbox.emails(Email.BookingRefunded.class)).allSatisfy(email ->
                assertThat(email.cause()).isEqualTo(Email.BookingRefunded.RefundCause.ADMIN_REFUNDED));
    }

    @Test
    void an_unpaid_booking_is_cancelled_not_refunded() {
        var pending = world.pendingBooking(asha, plan);

        assertThat(catchThrowable(() -> refund(asha, pending))).isInstanceOfSatisfying(
                DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("booking_not_paid"));
    }

    @Test
    void refunding_again_returns_the_same_refund_and_refunds_nothing_twice() {
        var confirmed = world.confirmedBooking(asha, plan);
        var first = refund(asha, confirmed.booking());

        var again = refund(ravi, confirmed.booking());

        assertThat(again.refund()).isEqualTo(first.refund());
        assertThat(world.payments.refundsMade()).isEqualTo(1);
        assertThat(world.outbox.emails(Email.BookingRefunded.class)).hasSize(2);
    }

    @Test
    void a_refund_without_an_answer_is_asked_again_with_the_same_key_and_made_once() {
        var confirmed = world.confirmedBooking(asha, plan);
        world.payments.refundsUnreachable(true);

        var refunded = refund(asha, confirmed.booking());
        assertThat(refunded.booking().status()).isEqualTo(BookingStatus.REFUNDED);
        assertThat(refunded.refund().state()).isEqualTo(Refund.State.REQUESTED);
        assertThat(refunded.refund().attempts()).isEqualTo(1);
        assertThat(refunded.refund().lastError()).isNotEmpty();

        var tooSoon = reconcile();
        assertThat(tooSoon.refundsAsked()).as("not asked again within the minute").isZero();
        world.clock.advance(Duration.ofMinutes(2));
        var stillDown = reconcile();
        assertThat(stillDown.refundsAsked()).isEqualTo(1);
        assertThat(stillDown.unreachable()).isEqualTo(1);

        world.payments.refundsUnreachable(false);
        world.clock.advance(Duration.ofMinutes(2));
        var answered = reconcile();

        assertThat(answered.refundsAsked()).isEqualTo(1);
        assertThat(world.payments.refundKeysAsked()).hasSize(3).containsOnly(refunded.refund().idempotencyKey());
        assertThat(world.payments.refundsMade()).isEqualTo(1);
        var stored = world.paymentLedger.lockRefund(refunded.refund().paymentId()).orElseThrow();
        assertThat(stored.state()).isEqualTo(Refund.State.PENDING);
        assertThat(stored.attempts()).isEqualTo(3);
        assertThat(stored.lastError()).isEmpty();
    }

    @Test
    void reconciliation_looks_up_an_accepted_refund_until_the_provider_says_it_is_done() {
        var confirmed = world.confirmedBooking(asha, plan);
        var refunded = refund(asha, confirmed.booking());
        world.clock.advance(Duration.ofMinutes(5));
        assertThat(reconcile().refundsAsked()).as("an accepted refund is looked up every 15 minutes").isZero();

        world.payments.settleRefund(refunded.refund().paymentId(), Refund.State.PROCESSED);
        world.clock.advance(Duration.ofMinutes(11));
        var report = reconcile();

        assertThat(report.refundsAsked()).isEqualTo(1);
        assertThat(report.refundsProcessed()).isEqualTo(1);
        assertThat(world.paymentLedger.lockRefund(refunded.refund().paymentId()).orElseThrow().state())
                .isEqualTo(Refund.State.PROCESSED);
        world.clock.advance(Duration.ofHours(1));
        assertThat(reconcile().refundsAsked()).as("a processed refund is left alone").isZero();
    }

    @Test
    void a_refund_the_provider_refuses_is_failed_with_its_reason_for_an_operator() {
        var confirmed = world.confirmedBooking(asha, plan);
        world.payments.refuseRefund(confirmed.booking().paymentReference(), "The payment has been fully refunded");

        var refunded = refund(ravi, confirmed.booking());

        assertThat(refunded.refund().state()).isEqualTo(Refund.State.FAILED);
        assertThat(refunded.refund().lastError()).isEqualTo("The payment has been fully refunded");
        world.clock.advance(Duration.ofHours(1));
        assertThat(reconcile().refundsAsked()).isZero();
    }

    @Test
    void refund_webhooks_move_a_refund_forward_only_once_per_event() {
        var confirmed = world.confirmedBooking(asha, plan);
        var refund = refund(asha, confirmed.booking()).refund();
        var processed = new GatewayRefund(refund.refundId(), refund.paymentId(), Refund.State.PROCESSED, "");
        var failed = new GatewayRefund(refund.refundId(), refund.paymentId(), Refund.State.FAILED, "late");

        assertThat(world.settleRefund.settleEvent("evt_1", "refund.processed", processed))
                .isEqualTo(SettleRefund.Outcome.RECORDED);
        assertThat(world.settleRefund.settleEvent("evt_1", "refund.processed", processed))
                .isEqualTo(SettleRefund.Outcome.DUPLICATE);
        assertThat(world.settleRefund.settleEvent("evt_2", "refund.failed", failed))
                .isEqualTo(SettleRefund.Outcome.ALREADY_FURTHER);
        assertThat(world.settleRefund.settleEvent("evt_3", "refund.processed",
                new GatewayRefund("rfnd_other", "pay_unknown", Refund.State.PROCESSED, "")))
                .isEqualTo(SettleRefund.Outcome.UNKNOWN_REFUND);
        assertThat(world.paymentLedger.lockRefund(refund.paymentId()).orElseThrow().state())
                .isEqualTo(Refund.State.PROCESSED);
    }

    @Test
    void a_payment_that_arrives_after_its_booking_was_cancelled_is_refunded_without_anyone_asking() {
        var pending = world.pendingBooking(asha, plan);
        var order = world.openCheckout.open(new OpenCheckout.Query(asha, pending.id())).order();
        world.cancelBooking.cancel(new CancelBooking.Command(asha, pending.id()));

        var outcome = world.settlePayment.settleEvent("evt_late", "payment.captured", new GatewayPayment("pay_late",
                order.orderId(), GatewayPayment.Status.CAPTURED, order.amount(), order.currency()));

        assertThat(outcome).isEqualTo(SettlePayment.Outcome.PAID_TOO_LATE);
        var refunds = world.paymentLedger.refundsOf(pending.id());
        assertThat(refunds).singleElement().satisfies(refund -> {
            assertThat(refund.paymentId()).isEqualTo("pay_late");
            assertThat(refund.reason()).isEqualTo(Refund.Reason.PAID_AFTER_CLOSE);
            assertThat(refund.amount()).isEqualTo(order.amount());
            assertThat(refund.state()).as("owed; the webhook answers without waiting for the provider")
                    .isEqualTo(Refund.State.REQUESTED);
        });
        assertThat(world.payments.refundKeysAsked()).isEmpty();
        world.settlePayment.settleEvent("evt_late_again", "order.paid", new GatewayPayment("pay_late",
                order.orderId(), GatewayPayment.Status.CAPTURED, order.amount(), order.currency()));
        world.clock.advance(Duration.ofMinutes(2));
        assertThat(reconcile().refundsAsked()).isEqualTo(1);
        assertThat(world.paymentLedger.refundsOf(pending.id()).getFirst().state()).isEqualTo(Refund.State.PENDING);
        assertThat(world.payments.refundsMade()).isEqualTo(1);
        assertThat(world.bookings.byId(pending.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void a_second_payment_of_an_order_already_paid_is_refunded() {
        var pending = world.pendingBooking(asha, plan);
        var order = world.openCheckout.open(new OpenCheckout.Query(asha, pending.id())).order();
        world.settlePayment.settleEvent("evt_1", "payment.captured", new GatewayPayment("pay_first",
                order.orderId(), GatewayPayment.Status.CAPTURED, order.amount(), order.currency()));

        world.settlePayment.settleEvent("evt_2", "payment.captured", new GatewayPayment("pay_second",
                order.orderId(), GatewayPayment.Status.CAPTURED, order.amount(), order.currency()));

        assertThat(world.paymentLedger.refundsOf(pending.id())).extracting(Refund::paymentId)
                .containsExactly("pay_second");
        assertThat(world.bookings.byId(pending.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void under_a_no_refunds_plan_the_member_cannot_cancel_but_the_mentor_can_refund() {
        var strict = world.createPlan.create(new CreatePlan.Command(ravi, new Plan.Terms("Strict week", "",
                Paise.ofRupees(299), 0, 7, CancellationRule.NO_REFUNDS)));
        var confirmed = world.confirmedBooking(asha, strict);

        assertThat(confirmed.booking().cancellationRule()).isEqualTo(CancellationRule.NO_REFUNDS);
        assertThat(world.viewBookingPage.view(new ViewBookingPage.Query(asha, confirmed.booking().id())).refundable())
                .isFalse();
        assertThat(catchThrowable(() -> refund(asha, confirmed.booking())))
                .isInstanceOf(DomainException.Conflict.class);
        assertThat(refund(ravi, confirmed.booking()).booking().status()).isEqualTo(BookingStatus.REFUNDED);
    }

    @Test
    void a_booking_keeps_the_rule_its_plan_had_when_it_was_booked() {
        var confirmed = world.confirmedBooking(asha, plan);
        world.editPlan.edit(new EditPlan.Command(ravi, plan.id(), new Plan.Terms(plan.title(), plan.description(),
                plan.price(), plan.liveSessionMinutes(), plan.chatWindowDays(), CancellationRule.NO_REFUNDS)));

        assertThat(world.bookings.byId(confirmed.booking().id()).orElseThrow().cancellationRule())
                .isEqualTo(CancellationRule.UNTIL_MENTOR_REPLIES);
        assertThat(refund(asha, confirmed.booking()).booking().status()).isEqualTo(BookingStatus.REFUNDED);
        assertThat(world.pendingBooking(asha, world.plans.byId(plan.id()).orElseThrow()).cancellationRule())
                .isEqualTo(CancellationRule.NO_REFUNDS);
    }

    private RefundBooking.Refunded refund(Actor actor, Booking booking) {
        return world.refundBooking.refund(new RefundBooking.Command(actor, booking.id()));
    }

    private ReconcilePayments.Report reconcile() {
        return world.reconcilePayments.reconcile(new ReconcilePayments.Command(ReconcilePayments.Command.QUIET_FOR,
                ReconcilePayments.Command.PAY_WITHIN, 100));
    }
}
