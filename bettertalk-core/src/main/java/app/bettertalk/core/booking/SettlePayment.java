package app.bettertalk.core.booking;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;

/**
 * Acts on what the provider reports of a payment without the payer present: a signed webhook, or reconciliation
 * asking about an order nobody heard back from. A payment in full confirms its booking exactly as the payer's own
 * return does, so whichever arrives first confirms and the others find it done; a failed attempt is kept for the
 * booking page to explain. Reports can come in any order and any number of times: nothing ever moves back.
 */
@UseCase
public final class SettlePayment {
    /** What a report led to. */
    public enum Outcome {
        /** The booking is confirmed by this payment, now or before. */
        CONFIRMED,
        /** A failed attempt, kept while the order is unpaid; the booking still awaits payment. */
        FAILURE_RECORDED,
        /** Authorized or created, not yet money: nothing to do until it is captured. */
        NOT_YET_PAID,
        /** No order of ours has that id. */
        UNKNOWN_ORDER,
        /** Paid, but not for this order's amount and currency: the booking is left alone. */
        MISMATCH,
        /** Paid in full for a booking that no longer awaits payment (cancelled meanwhile): it is refunded. */
        PAID_TOO_LATE,
        /** An event received before, delivered again: nothing was done. */
        DUPLICATE
    }

    /** The ledger's word for a payment that arrived after its booking was closed; a refund of it is owed. */
    static final String PAID_TOO_LATE = "paid after the booking was closed";

    private final PaymentLedger ledger;
    private final ConfirmBooking confirmBooking;
    private final Clock clock;

    public SettlePayment(PaymentLedger ledger, ConfirmBooking confirmBooking, Clock clock) {
        this.ledger = ledger;
        this.confirmBooking = confirmBooking;
        this.clock = clock;
    }

    /**
     * Acts on one provider event about a payment, once per event id: a redelivery, even one arriving while the
     * first is still being handled, is a {@link Outcome#DUPLICATE}. An event whose handling fails is forgotten, so
     * the provider's retry of it is handled afresh.
     */
    public Outcome settleEvent(String eventId, String type, GatewayPayment payment) {
        return ProviderEvents.once(ledger, new PaymentEvent(eventId, type, payment.orderId(), payment.id(),
                clock.instant()), Outcome.DUPLICATE, () -> settle(payment));
    }

    /** Acts on a report that needs no deduplication: reconciliation's own question to the provider. */
    Outcome settle(GatewayPayment payment) {
        var record = ledger.ofOrder(payment.orderId());
        var order = record.flatMap(PaymentRecord::order);
        if (order.isEmpty()) {
            return Outcome.UNKNOWN_ORDER;
        }
        var paid = record.get().state() == PaymentRecord.State.PAID;
        return switch (payment.status()) {
            case CREATED, AUTHORIZED -> Outcome.NOT_YET_PAID;
            // A late failure of another attempt, or a refund, never undoes the payment that confirmed the booking.
            case FAILED -> {
                if (!paid) {
                    ledger.recordFailure(payment.orderId(), payment.id(), "failed", clock.instant());
                }
                yield paid ? Outcome.CONFIRMED : Outcome.FAILURE_RECORDED;
            }
            case REFUNDED -> paid ? Outcome.CONFIRMED : Outcome.MISMATCH;
            case CAPTURED -> confirm(order.get(), payment);
        };
    }

    private Outcome confirm(CheckoutOrder order, GatewayPayment payment) {
        if (order.judge(payment) instanceof PaymentVerdict.Refused) {
            return Outcome.MISMATCH;
        }
        try {
            confirmBooking.confirmPaid(order.booking(), payment.id());
            return Outcome.CONFIRMED;
        } catch (DomainException.Conflict noLongerPending) {
            confirmBooking.refundLatePayment(order, payment.id(), noLongerPending);
            return Outcome.PAID_TOO_LATE;
        }
    }
}
