package app.bettertalk.core.booking;

import app.bettertalk.core.Race;
import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.InMemoryUnitOfWork;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class PaymentsTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan plan = world.plan(ravi, 7);
    private final Booking booking = world.pendingBooking(asha, plan);

    @BeforeEach
    void watchTransactions() {
        world.payments.watch(((InMemoryUnitOfWork) world.unitOfWork)::isOpenOnThisThread);
    }

    @Test
    void the_checkout_opens_one_order_for_the_stored_price_and_reuses_it() {
        var first = openCheckout(asha);
        var again = openCheckout(asha);

        assertThat(again).isEqualTo(first);
        assertThat(first.amount()).isEqualTo(booking.price());
        assertThat(first.currency()).isEqualTo("INR");
        assertThat(world.payments.ordersOpened()).isEqualTo(1);
        assertThat(world.paymentLedger.ofBooking(booking.id()).orElseThrow().state())
                .isEqualTo(PaymentRecord.State.OPEN);
    }

    @Test
    void two_checkouts_at_once_open_one_order() throws Exception {
        var both = Race.of(() -> openOrConflict(), () -> openOrConflict());

        assertThat(world.payments.ordersOpened()).isEqualTo(1);
        assertThat(both).filteredOn(Optional::isPresent).isNotEmpty().allSatisfy(order ->
                assertThat(order).isEqualTo(world.paymentLedger.ofBooking(booking.id()).flatMap(PaymentRecord::order)));
    }

    @Test
    void an_order_the_provider_could_not_open_is_opened_by_the_next_attempt() {
        world.payments.unreachable(true);
        assertThat(catchThrowable(() -> openCheckout(asha))).isInstanceOf(PaymentGatewayUnavailable.class);
        world.payments.unreachable(false);

        var order = openCheckout(asha);

        assertThat(world.paymentLedger.ofBooking(booking.id()).flatMap(PaymentRecord::order)).contains(order);
    }

    @Test
    void nobody_but_the_payer_opens_the_checkout() {
        var other = world.onboardedUser("meera");

        assertThat(catchThrowable(() -> openCheckout(other))).isInstanceOf(DomainException.NotFound.class);
        assertThat(world.payments.ordersOpened()).isZero();
    }

    @Test
    void a_paid_booking_opens_no_checkout() {
        world.confirmBooking.confirm(new ConfirmBooking.Command(asha, booking.id(), "pay_1"));

        assertThat(catchThrowable(() -> openCheckout(asha))).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("booking_confirmed"));
    }

    @Test
    void confirming_asks_the_provider_outside_any_transaction_and_marks_the_order_paid() {
        openCheckout(asha);

        world.confirmBooking.confirm(new ConfirmBooking.Command(asha, booking.id(), "pay_1"));

        assertThat(world.payments.checks()).hasSize(1);
        assertThat(world.payments.askedInTransaction()).isZero();
        var record = world.paymentLedger.ofBooking(booking.id()).orElseThrow();
        assertThat(record.state()).isEqualTo(PaymentRecord.State.PAID);
        assertThat(record.paymentId()).isEqualTo("pay_1");
    }

    @Test
    void a_captured_payment_reported_three_times_confirms_once_with_one_set_of_emails() throws Exception {
        var order = openCheckout(asha);
        var emailsBefore = world.outbox.queued().size();
        var captured = payment(order, "pay_9", GatewayPayment.Status.CAPTURED, order.amount().value());

        var outcomes = Race.of(() -> world.settlePayment.settle(captured), () -> world.settlePayment.settle(captured));
        var third = world.settlePayment.settle(captured);

        assertThat(outcomes).containsOnly(SettlePayment.Outcome.CONFIRMED);
        assertThat(third).isEqualTo(SettlePayment.Outcome.CONFIRMED);
        assertThat(world.bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(world.outbox.queued()).hasSize(emailsBefore + 3);
        assertThat(world.payments.checks()).isEmpty();
    }

    @Test
    void an_event_delivered_again_is_a_duplicate_and_one_whose_handling_failed_is_handled_again() {
        var order = openCheckout(asha);
        var captured = payment(order, "pay_9", GatewayPayment.Status.CAPTURED, order.amount().value());

        assertThat(world.settlePayment.settleEvent("evt_1", "payment.captured", captured))
                .isEqualTo(SettlePayment.Outcome.CONFIRMED);
        assertThat(world.settlePayment.settleEvent("evt_1", "payment.captured", captured))
                .isEqualTo(SettlePayment.Outcome.DUPLICATE);

        var other = world.pendingBooking(asha, plan);
        var otherOrder = world.openCheckout.open(new OpenCheckout.Query(asha, other.id())).order();
        var failing = new SettlePayment(world.paymentLedger, new ConfirmBooking(world.bookings, world.chatThreads,
                world.users, world.payments, world.paymentLedger, world.outbox, world.access,
                new UnitOfWork() {
                    @Override
                    public <T> T inTransaction(Supplier<T> work) {
                        throw new IllegalStateException("the database went away");
                    }
                }, world.clock), world.clock);
        var paidOther = payment(otherOrder, "pay_10", GatewayPayment.Status.CAPTURED, otherOrder.amount().value());
        assertThat(catchThrowable(() -> failing.settleEvent("evt_2", "payment.captured", paidOther)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(world.settlePayment.settleEvent("evt_2", "payment.captured", paidOther))
                .isEqualTo(SettlePayment.Outcome.CONFIRMED);
    }

    @Test
    void the_payers_return_and_the_webhook_race_to_one_confirmation() throws Exception {
        var order = openCheckout(asha);
        var emailsBefore = world.outbox.queued().size();
        var captured = payment(order, "pay_9", GatewayPayment.Status.CAPTURED, order.amount().value());

        var chats = Race.of(
                () -> world.confirmBooking.confirm(new ConfirmBooking.Command(asha, booking.id(), "pay_9")).chat(),
                () -> {
                    world.settlePayment.settle(captured);
                    return world.chatThreads.ofPair(asha.id(), ravi.id()).orElseThrow();
                });

        assertThat(chats.get(0).id()).isEqualTo(chats.get(1).id());
        assertThat(world.chatThreads.ofPair(asha.id(), ravi.id()).orElseThrow().endsAt())
                .isEqualTo(world.now().plus(Duration.ofDays(7)));
        assertThat(world.outbox.queued()).hasSize(emailsBefore + 3);
    }

    @Test
    void a_failed_attempt_is_kept_and_the_booking_still_awaits_payment() {
        var order = openCheckout(asha);

        var outcome = world.settlePayment.settle(payment(order, "pay_f", GatewayPayment.Status.FAILED,
                order.amount().value()));

        assertThat(outcome).isEqualTo(SettlePayment.Outcome.FAILURE_RECORDED);
        assertThat(world.bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);
        assertThat(world.paymentLedger.ofBooking(booking.id()).orElseThrow().lastFailure()).isEqualTo("failed");
    }

    @Test
    void a_failure_reported_after_the_payment_changes_nothing() {
        var order = openCheckout(asha);
        world.settlePayment.settle(payment(order, "pay_ok", GatewayPayment.Status.CAPTURED, order.amount().value()));

        var outcome = world.settlePayment.settle(payment(order, "pay_old", GatewayPayment.Status.FAILED,
                order.amount().value()));

        assertThat(outcome).isEqualTo(SettlePayment.Outcome.CONFIRMED);
        var record = world.paymentLedger.ofBooking(booking.id()).orElseThrow();
        assertThat(record.state()).isEqualTo(PaymentRecord.State.PAID);
        assertThat(record.lastFailure()).isEmpty();
        assertThat(world.bookings.byId(booking.id()).orElseThrow().paymentReference()).isEqualTo("pay_ok");
    }

    @Test
    void an_authorized_payment_confirms_nothing_until_it_is_captured() {
        var order = openCheckout(asha);

        var outcome = world.settlePayment.settle(payment(order, "pay_a", GatewayPayment.Status.AUTHORIZED,
                order.amount().value()));

        assertThat(outcome).isEqualTo(SettlePayment.Outcome.NOT_YET_PAID);
        assertThat(world.bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void a_payment_for_less_than_the_price_or_another_currency_confirms_nothing() {
        var order = openCheckout(asha);

        var less = world.settlePayment.settle(payment(order, "pay_l", GatewayPayment.Status.CAPTURED,
                order.amount().value() - 1));
        var dollars = world.settlePayment.settle(new GatewayPayment("pay_d", order.orderId(),
                GatewayPayment.Status.CAPTURED, order.amount(), "USD"));

        assertThat(less).isEqualTo(SettlePayment.Outcome.MISMATCH);
        assertThat(dollars).isEqualTo(SettlePayment.Outcome.MISMATCH);
        assertThat(world.bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void a_payment_for_an_order_that_is_not_ours_changes_nothing() {
        var outcome = world.settlePayment.settle(new GatewayPayment("pay_x", "order_unknown",
                GatewayPayment.Status.CAPTURED, booking.price(), "INR"));

        assertThat(outcome).isEqualTo(SettlePayment.Outcome.UNKNOWN_ORDER);
        assertThat(world.bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void a_payment_for_a_cancelled_booking_is_kept_as_paid_too_late() {
        var order = openCheckout(asha);
        world.cancelBooking.cancel(new CancelBooking.Command(asha, booking.id()));

        var outcome = world.settlePayment.settle(payment(order, "pay_late", GatewayPayment.Status.CAPTURED,
                order.amount().value()));

        assertThat(outcome).isEqualTo(SettlePayment.Outcome.PAID_TOO_LATE);
        assertThat(world.bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(world.paymentLedger.ofBooking(booking.id()).orElseThrow().lastFailure())
                .isEqualTo("paid after the booking was closed");
    }

    @Test
    void a_payment_verified_after_the_booking_was_cancelled_is_kept_for_a_refund() {
        openCheckout(asha);
        world.payments.whileVerifying(() -> world.cancelBooking.cancel(new CancelBooking.Command(asha, booking.id())));

        var attempt = catchThrowable(() -> world.confirmBooking.confirm(
                new ConfirmBooking.Command(asha, booking.id(), "pay_late")));

        assertThat(attempt).isInstanceOf(DomainException.Conflict.class);
        assertThat(world.bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(world.paymentLedger.ofBooking(booking.id()).orElseThrow().lastFailure())
                .isEqualTo(SettlePayment.PAID_TOO_LATE);
    }

    @Test
    void reconciliation_confirms_a_payment_whose_webhook_never_came() {
        var order = openCheckout(asha);
        world.payments.holdPayment(payment(order, "pay_quiet", GatewayPayment.Status.CAPTURED,
                order.amount().value()));
        world.clock.advance(Duration.ofMinutes(16));

        var report = reconcile();

        assertThat(report.confirmed()).isEqualTo(1);
        assertThat(world.bookings.byId(booking.id()).orElseThrow().paymentReference()).isEqualTo("pay_quiet");
    }

    @Test
    void reconciliation_waits_a_quarter_hour_before_asking() {
        var order = openCheckout(asha);
        world.payments.holdPayment(payment(order, "pay_quiet", GatewayPayment.Status.CAPTURED,
                order.amount().value()));
        world.clock.advance(Duration.ofMinutes(14));

        var report = reconcile();

        assertThat(report.asked()).isZero();
        assertThat(world.bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void a_booking_unpaid_for_half_an_hour_is_cancelled() {
        openCheckout(asha);
        world.clock.advance(Duration.ofMinutes(31));

        var report = reconcile();

        assertThat(report.cancelled()).isEqualTo(1);
        assertThat(world.bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void a_booking_paid_at_the_last_minute_is_confirmed_not_cancelled() {
        world.clock.advance(Duration.ofMinutes(29));
        var order = openCheckout(asha);
        world.payments.holdPayment(payment(order, "pay_last", GatewayPayment.Status.CAPTURED,
                order.amount().value()));
        world.clock.advance(Duration.ofMinutes(2));

        var report = reconcile();

        assertThat(report.cancelled()).isZero();
        assertThat(world.bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void an_unreachable_provider_cancels_nothing() {
        openCheckout(asha);
        world.clock.advance(Duration.ofMinutes(31));
        world.payments.unreachable(true);

        var report = reconcile();

        assertThat(report.unreachable()).isPositive();
        assertThat(report.cancelled()).isZero();
        assertThat(world.bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void a_booking_with_no_checkout_is_cancelled_without_asking() {
        world.clock.advance(Duration.ofMinutes(31));

        var report = reconcile();

        assertThat(report.cancelled()).isEqualTo(1);
        assertThat(report.asked()).isZero();
    }

    private ReconcilePayments.Report reconcile() {
        return world.reconcilePayments.reconcile(new ReconcilePayments.Command(
                ReconcilePayments.Command.QUIET_FOR, ReconcilePayments.Command.PAY_WITHIN, 100));
    }

    private CheckoutOrder openCheckout(Actor actor) {
        return world.openCheckout.open(new OpenCheckout.Query(actor, booking.id())).order();
    }

    private Optional<CheckoutOrder> openOrConflict() {
        try {
            return Optional.of(openCheckout(asha));
        } catch (DomainException.Conflict preparing) {
            return Optional.empty();
        }
    }

    private static GatewayPayment payment(CheckoutOrder order, String id, GatewayPayment.Status status, long paise) {
        return new GatewayPayment(id, order.orderId(), status, new Paise(paise), "INR");
    }
}
