package app.bettertalk.core.booking;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.Paise;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PaymentLedger} in memory, its uniqueness rules those of the database's keys. */
public final class InMemoryPaymentLedger implements PaymentLedger, InMemoryState {
    private final InMemoryTable<BookingId, PaymentRecord> table = new InMemoryTable<>();
    private final Map<String, PaymentEvent> events = new ConcurrentHashMap<>();
    private final InMemoryTable<String, Refund> refunds = new InMemoryTable<>();

    @Override
    public Optional<PaymentRecord> ofBooking(BookingId booking) {
        return table.get(booking);
    }

    @Override
    public Optional<PaymentRecord> ofOrder(String orderId) {
        return table.rows(row -> row.state() != PaymentRecord.State.OPENING && row.orderId().equals(orderId)).stream()
                .findFirst();
    }

    @Override
    public synchronized boolean claimOrder(BookingId booking, Paise amount, Instant at, Instant staleBefore) {
        var stored = table.get(booking);
        if (stored.isPresent() && !(stored.get().state() == PaymentRecord.State.OPENING
                && stored.get().updatedAt().isBefore(staleBefore))) {
            return false;
        }
        table.put(booking, new PaymentRecord(booking, "", amount, CheckoutOrder.CURRENCY,
                PaymentRecord.State.OPENING, "", "", at, at));
        return true;
    }

    @Override
    public synchronized void recordOrder(CheckoutOrder order) {
        var stored = table.get(order.booking()).orElseThrow(() -> new IllegalStateException("no claim"));
        if (ofOrder(order.orderId()).isPresent()) {
            throw new DomainException.Conflict("order_used", "That order belongs to another booking.");
        }
        table.put(order.booking(), new PaymentRecord(order.booking(), order.orderId(), order.amount(),
                order.currency(), PaymentRecord.State.OPEN, "", "", stored.createdAt(), order.openedAt()));
    }

    @Override
    public synchronized void releaseClaim(BookingId booking) {
        table.get(booking).filter(row -> row.state() == PaymentRecord.State.OPENING)
                .ifPresent(row -> table.remove(booking));
    }

    @Override
    public synchronized void recordPaid(BookingId booking, String paymentId, Instant at) {
        table.get(booking).filter(row -> row.state() == PaymentRecord.State.OPEN).ifPresent(row ->
                table.put(booking, new PaymentRecord(booking, row.orderId(), row.amount(), row.currency(),
                        PaymentRecord.State.PAID, paymentId, "", row.createdAt(), at)));
    }

    @Override
    public synchronized void recordFailure(String orderId, String paymentId, String reason, Instant at) {
        ofOrder(orderId).filter(row -> row.state() != PaymentRecord.State.PAID).ifPresent(row ->
                table.put(row.booking(), new PaymentRecord(row.booking(), row.orderId(), row.amount(),
                        row.currency(), row.state(), row.paymentId(), reason, row.createdAt(), at)));
    }

    @Override
    public boolean recordEvent(PaymentEvent event) {
        return events.putIfAbsent(event.eventId(), event) == null;
    }

    @Override
    public List<PaymentEvent> eventsAbout(String orderId, List<String> paymentIds) {
        return events.values().stream().filter(event -> event.orderId().equals(orderId)
                        || !event.paymentId().isEmpty() && paymentIds.contains(event.paymentId()))
                .sorted(Comparator.comparing(PaymentEvent::receivedAt).thenComparing(PaymentEvent::eventId)).toList();
    }

    @Override
    public void forgetEvent(String eventId) {
        events.remove(eventId);
    }

    @Override
    public List<PaymentRecord> unpaidOpenedBetween(Instant from, Instant before, int limit) {
        return table.rows(row -> row.state() == PaymentRecord.State.OPEN && !row.createdAt().isBefore(from)
                        && row.createdAt().isBefore(before)).stream()
                .sorted(Comparator.comparing(PaymentRecord::createdAt)).limit(limit).toList();
    }

    @Override
    public List<PaymentRecord> newest(Optional<PaymentRecord.State> state, int limit) {
        return table.rows(row -> state.map(wanted -> row.state() == wanted).orElse(true)).stream()
                .sorted(Comparator.comparing(PaymentRecord::createdAt).reversed()).limit(limit).toList();
    }

    @Override
    public boolean openRefund(Refund refund) {
        return refunds.putIfAbsent(refund.paymentId(), refund);
    }

    @Override
    public Optional<Refund> lockRefund(String paymentId) {
        return refunds.get(paymentId);
    }

    @Override
    public synchronized void updateRefund(Refund refund) {
        if (refunds.get(refund.paymentId()).isEmpty()) {
            throw new IllegalStateException("no refund of that payment");
        }
        refunds.put(refund.paymentId(), refund);
    }

    @Override
    public List<Refund> refundsOf(BookingId booking) {
        return refunds.rows(refund -> refund.booking().equals(booking)).stream()
                .sorted(Comparator.comparing(Refund::createdAt)).toList();
    }

    @Override
    public List<Refund> refundsInFlight(Instant requestedBefore, Instant pendingBefore, int limit) {
        return refunds.rows(refund -> refund.state() == Refund.State.REQUESTED
                        && refund.updatedAt().isBefore(requestedBefore)
                        || refund.state() == Refund.State.PENDING && refund.updatedAt().isBefore(pendingBefore))
                .stream().sorted(Comparator.comparing(Refund::updatedAt)).limit(limit).toList();
    }

    @Override
    public List<Refund> newestRefunds(Optional<Refund.State> state, int limit) {
        return refunds.rows(refund -> state.map(wanted -> refund.state() == wanted).orElse(true)).stream()
                .sorted(Comparator.comparing(Refund::createdAt).reversed()).limit(limit).toList();
    }

    @Override
    public Object snapshot() {
        return List.of(table.snapshot(), refunds.snapshot());
    }

    @Override
    public void restore(Object snapshot) {
        var both = (List<?>) snapshot;
        table.restore(both.get(0));
        refunds.restore(both.get(1));
    }
}
