package app.bettertalk.core.booking;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What every {@link PaymentLedger} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class PaymentLedgerContract {
    private PaymentLedger ledger;
    private Booking booking;
    private Booking other;
    private ContractRows rows;
    private Bookings bookingsOf;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        ledger = stores.paymentLedger();
        rows = new ContractRows(stores);
        bookingsOf = stores.bookings();
        var asha = rows.user("asha");
        var plan = rows.plan(rows.mentor("ravi_k"));
        booking = rows.pendingBooking(asha, plan, at(1));
        other = rows.pendingBooking(asha, plan, at(2));
    }

    @Test
    void one_caller_claims_a_bookings_order_and_a_stale_claim_can_be_taken_over() {
        assertThat(ledger.claimOrder(booking.id(), new Paise(49_900), at(10), at(0))).isTrue();
        assertThat(ledger.claimOrder(booking.id(), new Paise(49_900), at(11), at(0))).isFalse();
        assertThat(ledger.ofBooking(booking.id()).orElseThrow().state()).isEqualTo(PaymentRecord.State.OPENING);
        assertThat(ledger.ofBooking(booking.id()).orElseThrow().order()).isEmpty();

        assertThat(ledger.claimOrder(booking.id(), new Paise(49_900), at(50), at(40))).isTrue();
    }

    @Test
    void an_order_reads_back_by_booking_and_by_its_id() {
        ledger.claimOrder(booking.id(), new Paise(49_900), at(10), at(0));
        var order = new CheckoutOrder(booking.id(), "order_A1", new Paise(49_900), "INR", at(11));

        ledger.recordOrder(order);

        var record = ledger.ofOrder("order_A1").orElseThrow();
        assertThat(record.booking()).isEqualTo(booking.id());
        assertThat(record.state()).isEqualTo(PaymentRecord.State.OPEN);
        assertThat(record.amount()).isEqualTo(new Paise(49_900));
        assertThat(record.order().orElseThrow().orderId()).isEqualTo("order_A1");
        assertThat(ledger.ofBooking(booking.id())).contains(record);
        assertThat(ledger.ofOrder("order_none")).isEmpty();
    }

    @Test
    void an_order_id_belongs_to_one_booking() {
        ledger.claimOrder(booking.id(), new Paise(100), at(10), at(0));
        ledger.recordOrder(new CheckoutOrder(booking.id(), "order_A1", new Paise(100), "INR", at(11)));
        ledger.claimOrder(other.id(), new Paise(100), at(12), at(0));

        var attempt = catchThrowable(() -> ledger.recordOrder(
                new CheckoutOrder(other.id(), "order_A1", new Paise(100), "INR", at(13))));

        assertThat(attempt).isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void a_released_claim_leaves_nothing_and_can_be_claimed_again() {
        ledger.claimOrder(booking.id(), new Paise(100), at(10), at(0));

        ledger.releaseClaim(booking.id());

        assertThat(ledger.ofBooking(booking.id())).isEmpty();
        assertThat(ledger.claimOrder(booking.id(), new Paise(100), at(11), at(0))).isTrue();
    }

    @Test
    void paid_is_final_and_a_later_failure_is_not_recorded_over_it() {
        open(booking, "order_A1", 10);
        ledger.recordFailure("order_A1", "pay_f", "failed", at(12));
        assertThat(ledger.ofBooking(booking.id()).orElseThrow().lastFailure()).isEqualTo("failed");

        ledger.recordPaid(booking.id(), "pay_ok", at(13));
        ledger.recordPaid(booking.id(), "pay_other", at(14));
        ledger.recordFailure("order_A1", "pay_late", "failed", at(15));

        var record = ledger.ofBooking(booking.id()).orElseThrow();
        assertThat(record.state()).isEqualTo(PaymentRecord.State.PAID);
        assertThat(record.paymentId()).isEqualTo("pay_ok");
        assertThat(record.lastFailure()).isEmpty();
        assertThat(record.updatedAt()).isEqualTo(at(13));
    }

    @Test
    void an_event_is_recorded_once() {
        assertThat(ledger.recordEvent(event("evt_1", "payment.captured", "order_A1", "pay_1", 1))).isTrue();
        assertThat(ledger.recordEvent(event("evt_1", "payment.captured", "order_A1", "pay_1", 2))).isFalse();
        assertThat(ledger.recordEvent(event("evt_2", "payment.failed", "", "pay_2", 3))).isTrue();

        ledger.forgetEvent("evt_1");

        assertThat(ledger.recordEvent(event("evt_1", "payment.captured", "order_A1", "pay_1", 4))).isTrue();
    }

    @Test
    void the_events_about_an_order_and_its_payments_read_back_oldest_first() {
        var failed = event("evt_1", "payment.failed", "order_A1", "pay_1", 1);
        var captured = event("evt_2", "payment.captured", "order_A1", "pay_2", 2);
        var refunded = event("evt_3", "refund.processed", "", "pay_2", 3);
        var elsewhere = event("evt_4", "payment.captured", "order_B2", "pay_9", 4);
        for (var each : List.of(refunded, elsewhere, captured, failed)) {
            ledger.recordEvent(each);
        }

        assertThat(ledger.eventsAbout("order_A1", List.of("pay_2"))).containsExactly(failed, captured, refunded);
        assertThat(ledger.eventsAbout("order_A1", List.of())).containsExactly(failed, captured);
        assertThat(ledger.eventsAbout("order_none", List.of())).isEmpty();
    }

    private static PaymentEvent event(String id, String type, String orderId, String paymentId, long minute) {
        return new PaymentEvent(id, type, orderId, paymentId, at(minute));
    }

    @Test
    void reconciliation_reads_unpaid_orders_opened_in_its_window_oldest_first() {
        open(booking, "order_A1", 10);
        open(other, "order_B2", 20);

        assertThat(ledger.unpaidOpenedBetween(at(0), at(30), 10)).extracting(PaymentRecord::orderId)
                .containsExactly("order_A1", "order_B2");
        assertThat(ledger.unpaidOpenedBetween(at(11), at(30), 10)).extracting(PaymentRecord::orderId)
                .containsExactly("order_B2");
        assertThat(ledger.unpaidOpenedBetween(at(0), at(20), 10)).extracting(PaymentRecord::orderId)
                .containsExactly("order_A1");
        ledger.recordPaid(booking.id(), "pay_1", at(25));
        assertThat(ledger.unpaidOpenedBetween(at(0), at(30), 10)).extracting(PaymentRecord::orderId)
                .containsExactly("order_B2");
        assertThat(ledger.unpaidOpenedBetween(at(0), at(30), 1)).hasSize(1);
    }

    @Test
    void the_newest_records_come_first_and_filter_by_state() {
        open(booking, "order_A1", 10);
        open(other, "order_B2", 20);
        ledger.recordPaid(booking.id(), "pay_1", at(25));

        assertThat(ledger.newest(Optional.empty(), 10)).extracting(PaymentRecord::orderId)
                .containsExactly("order_B2", "order_A1");
        assertThat(ledger.newest(Optional.of(PaymentRecord.State.PAID), 10)).extracting(PaymentRecord::orderId)
                .containsExactly("order_A1");
    }

    private void open(Booking which, String orderId, int second) {
        ledger.claimOrder(which.id(), which.price(), at(second), at(0));
        ledger.recordOrder(new CheckoutOrder(which.id(), orderId, which.price(), "INR", at(second)));
    }

    @Test
    void a_refund_is_opened_once_per_payment_and_reads_back_whole() {
        var paid = paidBooking(booking, "pay_R1");
        var refund = Refund.owed(paid, "pay_R1", new Paise(49_900), Refund.Reason.CANCELLED_BY_MEMBER, at(20));

        assertThat(rows.inTransaction(() -> ledger.openRefund(refund))).isTrue();
        assertThat(rows.inTransaction(() -> ledger.openRefund(Refund.owed(paid, "pay_R1", new Paise(1),
                Refund.Reason.REFUNDED_BY_ADMIN, at(21))))).as("once per payment").isFalse();

        assertThat(rows.inTransaction(() -> ledger.lockRefund("pay_R1"))).contains(refund);
        assertThat(ledger.refundsOf(booking.id())).containsExactly(refund);
        assertThat(ledger.refundsOf(other.id())).isEmpty();
        assertThat(rows.inTransaction(() -> ledger.lockRefund("pay_none"))).isEmpty();
    }

    @Test
    void a_refund_changes_by_update_with_every_field() {
        var paid = paidBooking(booking, "pay_R1");
        var refund = Refund.owed(paid, "pay_R1", new Paise(49_900), Refund.Reason.REFUNDED_BY_MENTOR, at(20));
        rows.inTransaction(() -> ledger.openRefund(refund));
        var accepted = refund.attempted(at(21)).reported(
                new GatewayRefund("rfnd_1", "pay_R1", Refund.State.FAILED, "the bank said no"), at(21));

        rows.write(() -> ledger.updateRefund(accepted));

        assertThat(ledger.refundsOf(booking.id())).containsExactly(accepted);
        assertThat(accepted.lastError()).isEqualTo("the bank said no");
        assertThat(accepted.attempts()).isEqualTo(1);
    }

    @Test
    void refunds_in_flight_are_those_owed_or_pending_and_quiet_long_enough_oldest_first() {
        var first = paidBooking(booking, "pay_R1");
        var second = paidBooking(other, "pay_R2");
        var owed = Refund.owed(first, "pay_R1", new Paise(100), Refund.Reason.CANCELLED_BY_MEMBER, at(10));
        var pending = Refund.owed(second, "pay_R2", new Paise(100), Refund.Reason.CANCELLED_BY_MEMBER, at(5))
                .reported(new GatewayRefund("rfnd_2", "pay_R2", Refund.State.PENDING, ""), at(5));
        var late = Refund.owed(first, "pay_R3", new Paise(100), Refund.Reason.PAID_AFTER_CLOSE, at(1))
                .reported(new GatewayRefund("rfnd_3", "pay_R3", Refund.State.PROCESSED, ""), at(1));
        rows.inTransaction(() -> ledger.openRefund(owed) && ledger.openRefund(pending) && ledger.openRefund(late));

        assertThat(ledger.refundsInFlight(at(11), at(6), 10)).containsExactly(pending, owed);
        assertThat(ledger.refundsInFlight(at(11), at(5), 10)).as("pending, not yet quiet").containsExactly(owed);
        assertThat(ledger.refundsInFlight(at(10), at(6), 10)).containsExactly(pending);
        assertThat(ledger.refundsInFlight(at(11), at(6), 1)).containsExactly(pending);
        assertThat(ledger.refundsOf(booking.id())).containsExactly(late, owed);
        assertThat(ledger.newestRefunds(Optional.empty(), 10)).containsExactly(owed, pending, late);
        assertThat(ledger.newestRefunds(Optional.of(Refund.State.PROCESSED), 10)).containsExactly(late);
        assertThat(ledger.newestRefunds(Optional.empty(), 1)).containsExactly(owed);
    }

    private Booking paidBooking(Booking pending, String paymentId) {
        var paid = pending.confirm(paymentId, at(15));
        rows.write(() -> bookingsOf.update(paid));
        return paid;
    }
}
