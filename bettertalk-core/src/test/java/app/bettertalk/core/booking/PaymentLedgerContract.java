package app.bettertalk.core.booking;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What every {@link PaymentLedger} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class PaymentLedgerContract {
    private PaymentLedger ledger;
    private Booking booking;
    private Booking other;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        ledger = stores.paymentLedger();
        var rows = new ContractRows(stores);
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
        assertThat(ledger.recordEvent("evt_1", "payment.captured", "order_A1", at(1))).isTrue();
        assertThat(ledger.recordEvent("evt_1", "payment.captured", "order_A1", at(2))).isFalse();
        assertThat(ledger.recordEvent("evt_2", "payment.failed", "", at(3))).isTrue();

        ledger.forgetEvent("evt_1");

        assertThat(ledger.recordEvent("evt_1", "payment.captured", "order_A1", at(4))).isTrue();
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
}
