package app.bettertalk.core.booking;

import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;

/**
 * Acts on the provider's signed report of a refund (processed or failed), once per event id. Reports come in any
 * order and any number of times; a refund only ever moves forward, so a late "failed" never undoes "processed".
 */
@UseCase
public final class SettleRefund {
    /** What a report led to. */
    public enum Outcome {
        /** The refund now stands where the report says. */
        RECORDED,
        /** The refund had already gone further than the report: nothing changed. */
        ALREADY_FURTHER,
        /** The ledger owes no refund of that payment (one made from the provider's dashboard, say). */
        UNKNOWN_REFUND,
        /** An event received before, delivered again: nothing was done. */
        DUPLICATE
    }

    private final PaymentLedger ledger;
    private final RefundRequests requests;
    private final Clock clock;

    public SettleRefund(PaymentLedger ledger, PaymentGateway gateway, UnitOfWork unitOfWork, Clock clock) {
        this.ledger = ledger;
        this.requests = new RefundRequests(ledger, gateway, unitOfWork, clock);
        this.clock = clock;
    }

    /** Acts on one refund event; an event whose handling fails is forgotten, so its redelivery is handled. */
    public Outcome settleEvent(String eventId, String type, GatewayRefund report) {
        return ProviderEvents.once(ledger, new PaymentEvent(eventId, type, "", report.paymentId(), clock.instant()),
                Outcome.DUPLICATE, () -> requests.report(report)
                        .map(refund -> refund.state() == report.status() ? Outcome.RECORDED : Outcome.ALREADY_FURTHER)
                        .orElse(Outcome.UNKNOWN_REFUND));
    }
}
