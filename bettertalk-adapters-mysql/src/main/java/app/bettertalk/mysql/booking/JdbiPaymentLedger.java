package app.bettertalk.mysql.booking;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.CheckoutOrder;
import app.bettertalk.core.booking.PaymentEvent;
import app.bettertalk.core.booking.PaymentLedger;
import app.bettertalk.core.booking.PaymentRecord;
import app.bettertalk.core.booking.Refund;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link PaymentLedger} in {@code payments} and {@code payment_events}. Every change is one conditional statement,
 * so concurrent callers (two tabs, the payer's return and a webhook) are ordered by the database, never by a read
 * followed by a write.
 */
public final class JdbiPaymentLedger implements PaymentLedger {
    private final Jdbi jdbi;

    public JdbiPaymentLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<PaymentRecord> ofBooking(BookingId booking) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM payments WHERE booking_id = ?")
                .bind(0, Columns.id(booking.value())).map(JdbiPaymentLedger::record).findOne());
    }

    @Override
    public Optional<PaymentRecord> ofOrder(String orderId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM payments WHERE order_id = ?")
                .bind(0, orderId).map(JdbiPaymentLedger::record).findOne());
    }

    @Override
    public boolean claimOrder(BookingId booking, Paise amount, Instant at, Instant staleBefore) {
        return jdbi.withHandle(handle -> {
            try {
                handle.createUpdate("""
                                INSERT INTO payments (booking_id, amount_paise, currency, state, created_at, updated_at)
                                VALUES (?, ?, ?, 'OPENING', ?, ?)""")
                        .bind(0, Columns.id(booking.value())).bind(1, amount.value())
                        .bind(2, CheckoutOrder.CURRENCY).bind(3, Columns.at(at)).bind(4, Columns.at(at)).execute();
                return true;
            } catch (RuntimeException e) {
                if (StoreErrors.duplicateKey(e).isEmpty()) {
                    throw e;
                }
            }
            // Someone claimed it first; their claim is ours only if they gave up on it long ago.
            return handle.createUpdate("""
                            UPDATE payments SET amount_paise = ?, created_at = ?, updated_at = ?
                            WHERE booking_id = ? AND state = 'OPENING' AND updated_at < ?""")
                    .bind(0, amount.value()).bind(1, Columns.at(at)).bind(2, Columns.at(at))
                    .bind(3, Columns.id(booking.value())).bind(4, Columns.at(staleBefore)).execute() == 1;
        });
    }

    @Override
    public void recordOrder(CheckoutOrder order) {
        try {
            var changed = jdbi.withHandle(handle -> handle.createUpdate("""
                            UPDATE payments SET order_id = ?, amount_paise = ?, currency = ?, state = 'OPEN',
                                                updated_at = ?
                            WHERE booking_id = ? AND state = 'OPENING'""")
                    .bind(0, order.orderId()).bind(1, order.amount().value()).bind(2, order.currency())
                    .bind(3, Columns.at(order.openedAt())).bind(4, Columns.id(order.booking().value())).execute());
            if (changed != 1) {
                throw new IllegalStateException("no claim on the order of booking " + order.booking());
            }
        } catch (RuntimeException e) {
            if (StoreErrors.duplicateKey(e).isPresent()) {
                throw new DomainException.Conflict("order_used", "That order belongs to another booking.");
            }
            throw e;
        }
    }

    @Override
    public void releaseClaim(BookingId booking) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM payments WHERE booking_id = ? AND state = 'OPENING'")
                .bind(0, Columns.id(booking.value())).execute());
    }

    @Override
    public void recordPaid(BookingId booking, String paymentId, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE payments SET state = 'PAID', payment_id = ?, last_failure = '', updated_at = ?
                        WHERE booking_id = ? AND state = 'OPEN'""")
                .bind(0, paymentId).bind(1, Columns.at(at)).bind(2, Columns.id(booking.value())).execute());
    }

    @Override
    public void recordFailure(String orderId, String paymentId, String reason, Instant at) {
        var kept = reason.length() > 200 ? reason.substring(0, 200) : reason;
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE payments SET last_failure = ?, updated_at = ? WHERE order_id = ? AND state <> 'PAID'")
                .bind(0, kept).bind(1, Columns.at(at)).bind(2, orderId).execute());
    }

    @Override
    public boolean recordEvent(PaymentEvent event) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO payment_events (event_id, event_type, order_id, payment_id, received_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .bind(0, event.eventId()).bind(1, event.type()).bind(2, event.orderId())
                    .bind(3, event.paymentId()).bind(4, Columns.at(event.receivedAt())).execute());
            return true;
        } catch (RuntimeException e) {
            if (StoreErrors.duplicateKey(e).isEmpty()) {
                throw e;
            }
            return false;
        }
    }

    @Override
    public List<PaymentEvent> eventsAbout(String orderId, List<String> paymentIds) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM payment_events
                        WHERE order_id = :order OR payment_id <> '' AND payment_id IN (<payments>)
                        ORDER BY received_at, event_id""")
                .bind("order", orderId).bindList("payments", paymentIds.isEmpty() ? List.of("") : paymentIds)
                .map((rs, ctx) -> new PaymentEvent(rs.getString("event_id"), rs.getString("event_type"),
                        rs.getString("order_id"), rs.getString("payment_id"), Columns.instant(rs, "received_at")))
                .list());
    }

    @Override
    public void forgetEvent(String eventId) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM payment_events WHERE event_id = ?")
                .bind(0, eventId).execute());
    }

    @Override
    public List<PaymentRecord> unpaidOpenedBetween(Instant from, Instant before, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM payments WHERE state = 'OPEN' AND created_at >= ? AND created_at < ?
                        ORDER BY created_at LIMIT ?""")
                .bind(0, Columns.at(from)).bind(1, Columns.at(before)).bind(2, limit)
                .map(JdbiPaymentLedger::record).list());
    }

    @Override
    public List<PaymentRecord> newest(Optional<PaymentRecord.State> state, int limit) {
        return jdbi.withHandle(handle -> state.isPresent()
                ? handle.createQuery("SELECT * FROM payments WHERE state = ? ORDER BY created_at DESC LIMIT ?")
                        .bind(0, state.get().name()).bind(1, limit).map(JdbiPaymentLedger::record).list()
                : handle.createQuery("SELECT * FROM payments ORDER BY created_at DESC LIMIT ?")
                        .bind(0, limit).map(JdbiPaymentLedger::record).list());
    }

    @Override
    public boolean openRefund(Refund refund) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO refunds (payment_id, booking_id, amount_paise, idempotency_key, state, reason,
                                                 refund_id, attempts, last_error, created_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .bind(0, refund.paymentId()).bind(1, Columns.id(refund.booking().value()))
                    .bind(2, refund.amount().value()).bind(3, refund.idempotencyKey()).bind(4, refund.state().name())
                    .bind(5, refund.reason().name()).bind(6, refund.refundId()).bind(7, refund.attempts())
                    .bind(8, refund.lastError()).bind(9, Columns.at(refund.createdAt()))
                    .bind(10, Columns.at(refund.updatedAt())).execute());
            return true;
        } catch (RuntimeException e) {
            if (StoreErrors.duplicateKey(e).isEmpty()) {
                throw e;
            }
            return false;
        }
    }

    @Override
    public Optional<Refund> lockRefund(String paymentId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM refunds WHERE payment_id = ? FOR UPDATE")
                .bind(0, paymentId).map(JdbiPaymentLedger::refund).findOne());
    }

    @Override
    public void updateRefund(Refund refund) {
        var changed = jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE refunds SET state = ?, refund_id = ?, attempts = ?, last_error = ?, updated_at = ?
                        WHERE payment_id = ?""")
                .bind(0, refund.state().name()).bind(1, refund.refundId()).bind(2, refund.attempts())
                .bind(3, refund.lastError()).bind(4, Columns.at(refund.updatedAt())).bind(5, refund.paymentId())
                .execute());
        if (changed != 1) {
            throw new IllegalStateException("no refund of payment " + refund.paymentId());
        }
    }

    @Override
    public List<Refund> refundsOf(BookingId booking) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM refunds WHERE booking_id = ? ORDER BY created_at, payment_id")
                .bind(0, Columns.id(booking.value())).map(JdbiPaymentLedger::refund).list());
    }

    @Override
    public List<Refund> refundsInFlight(Instant requestedBefore, Instant pendingBefore, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM refunds
                        WHERE state = 'REQUESTED' AND updated_at < ? OR state = 'PENDING' AND updated_at < ?
                        ORDER BY updated_at, payment_id LIMIT ?""")
                .bind(0, Columns.at(requestedBefore)).bind(1, Columns.at(pendingBefore)).bind(2, limit)
                .map(JdbiPaymentLedger::refund).list());
    }

    @Override
    public List<Refund> newestRefunds(Optional<Refund.State> state, int limit) {
        return jdbi.withHandle(handle -> state.isPresent()
                ? handle.createQuery("SELECT * FROM refunds WHERE state = ? ORDER BY created_at DESC LIMIT ?")
                        .bind(0, state.get().name()).bind(1, limit).map(JdbiPaymentLedger::refund).list()
                : handle.createQuery("SELECT * FROM refunds ORDER BY created_at DESC LIMIT ?")
                        .bind(0, limit).map(JdbiPaymentLedger::refund).list());
    }

    private static Refund refund(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Refund(rs.getString("payment_id"), new BookingId(Columns.uuid(rs, "booking_id")),
                new Paise(rs.getLong("amount_paise")), rs.getString("idempotency_key"),
                Refund.State.valueOf(rs.getString("state")), Refund.Reason.valueOf(rs.getString("reason")),
                rs.getString("refund_id"), rs.getInt("attempts"), rs.getString("last_error"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }

    private static PaymentRecord record(ResultSet rs, StatementContext ctx) throws SQLException {
        var orderId = rs.getString("order_id");
        var paymentId = rs.getString("payment_id");
        return new PaymentRecord(new BookingId(Columns.uuid(rs, "booking_id")), orderId == null ? "" : orderId,
                new Paise(rs.getLong("amount_paise")), rs.getString("currency"),
                PaymentRecord.State.valueOf(rs.getString("state")), paymentId == null ? "" : paymentId,
                rs.getString("last_failure"), Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }
}
