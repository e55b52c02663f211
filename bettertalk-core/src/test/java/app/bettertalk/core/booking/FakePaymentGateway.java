package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A payment provider scripted by the test: it opens an order per request, and every reference pays the order it is
 * checked against unless the test refused it; {@link #holdPayment} makes {@link #paymentsOf} report a payment.
 */
public final class FakePaymentGateway implements PaymentGateway {
    /** One question the use case asked the provider. */
    public record Check(BookingId booking, Paise amount, String paymentReference) {
    }

    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private final Map<String, List<GatewayPayment>> held = new ConcurrentHashMap<>();
    private final List<Check> checks = new CopyOnWriteArrayList<>();
    private final AtomicInteger ordersOpened = new AtomicInteger();
    private volatile boolean unreachable;
    private volatile Runnable whileVerifying = () -> { };
    private volatile BooleanSupplier inTransaction = () -> false;
    private final AtomicInteger askedInTransaction = new AtomicInteger();
    /** Refunds made, by idempotency key: asking again with a key returns the refund it made. */
    private final Map<String, GatewayRefund> refundsByKey = new ConcurrentHashMap<>();
    private final Map<String, String> refundRefusals = new ConcurrentHashMap<>();
    private final List<String> refundKeysAsked = new CopyOnWriteArrayList<>();
    private volatile Refund.State refundsAnswer = Refund.State.PENDING;
    private volatile boolean refundsUnreachable;

    public void refuse(String paymentReference, String reason) {
        refusals.put(paymentReference, reason);
    }

    /** From now on the provider holds this payment against its order. */
    public void holdPayment(GatewayPayment payment) {
        held.computeIfAbsent(payment.orderId(), order -> new CopyOnWriteArrayList<>()).add(payment);
    }

    /** Runs {@code meanwhile} while the provider is being asked about a payment, as if it happened then. */
    public void whileVerifying(Runnable meanwhile) {
        this.whileVerifying = meanwhile;
    }

    public void unreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    /** Counts every question asked while {@code inTransaction} says a unit of work is open on the asking thread. */
    public void watch(BooleanSupplier inTransaction) {
        this.inTransaction = inTransaction;
    }

    public int askedInTransaction() {
        return askedInTransaction.get();
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }

    public int ordersOpened() {
        return ordersOpened.get();
    }

    @Override
    public String openOrder(BookingId booking, Paise amount, String currency) {
        reachable();
        ordersOpened.incrementAndGet();
        return "order_" + ordersOpened.get() + "_" + booking.value();
    }

    @Override
    public PaymentVerdict verify(CheckoutOrder order, String paymentReference) {
        reachable();
        checks.add(new Check(order.booking(), order.amount(), paymentReference));
        whileVerifying.run();
        var reason = refusals.get(paymentReference);
        return reason == null ? new PaymentVerdict.Paid() : new PaymentVerdict.Refused(reason);
    }

    @Override
    public List<GatewayPayment> paymentsOf(String orderId) {
        reachable();
        return List.copyOf(held.getOrDefault(orderId, List.of()));
    }

    /** New refunds come back in this state (pending, processed or failed). */
    public void answerRefundsWith(Refund.State state) {
        this.refundsAnswer = state;
    }

    /** The provider refuses to refund that payment. */
    public void refuseRefund(String paymentId, String reason) {
        refundRefusals.put(paymentId, reason);
    }

    /** Refund requests get no answer (as after a timeout) while this is on; other questions are answered. */
    public void refundsUnreachable(boolean unreachable) {
        this.refundsUnreachable = unreachable;
    }

    /** The provider settles a refund it holds, as its webhook would later report. */
    public GatewayRefund settleRefund(String paymentId, Refund.State state) {
        var key = refundsByKey.entrySet().stream().filter(entry -> entry.getValue().paymentId().equals(paymentId))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        var settled = new GatewayRefund(refundsByKey.get(key).id(), paymentId, state,
                state == Refund.State.FAILED ? "the bank refused it" : "");
        refundsByKey.put(key, settled);
        return settled;
    }

    /** Every idempotency key a refund was asked with, once per ask. */
    public List<String> refundKeysAsked() {
        return List.copyOf(refundKeysAsked);
    }

    /** Refunds the provider actually made: one per key however often it was asked. */
    public int refundsMade() {
        return refundsByKey.size();
    }

    @Override
    public GatewayRefund refund(String paymentId, Paise amount, String idempotencyKey) {
        reachable();
        refundKeysAsked.add(idempotencyKey);
        if (refundsUnreachable) {
            throw new PaymentGatewayUnavailable("The payment provider did not answer.", null);
        }
        var refusal = refundRefusals.get(paymentId);
        if (refusal != null) {
            return GatewayRefund.refused(paymentId, refusal);
        }
        return refundsByKey.computeIfAbsent(idempotencyKey, key -> new GatewayRefund(
                "rfnd_" + (refundsByKey.size() + 1) + "_" + paymentId, paymentId, refundsAnswer, ""));
    }

    @Override
    public Optional<GatewayRefund> refundOf(String paymentId, String refundId) {
        reachable();
        return refundsByKey.values().stream().filter(refund -> refund.id().equals(refundId)).findFirst();
    }

    private void reachable() {
        if (inTransaction.getAsBoolean()) {
            askedInTransaction.incrementAndGet();
        }
        if (unreachable) {
            throw new PaymentGatewayUnavailable("The payment provider did not answer.", null);
        }
    }
}
