package app.bettertalk.core.booking;

import app.bettertalk.core.shared.UnitOfWork;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Asks the provider for the refunds the ledger owes and records its answers, always outside a transaction for the
 * network and inside one, under the refund's lock, for the record. Asking twice is safe: every ask of a refund
 * carries its one idempotency key.
 */
final class RefundRequests {
    private final PaymentLedger ledger;
    private final PaymentGateway gateway;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    RefundRequests(PaymentLedger ledger, PaymentGateway gateway, UnitOfWork unitOfWork, Clock clock) {
        this.ledger = ledger;
        this.gateway = gateway;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * Moves a refund on: one still owed is asked for, one the provider accepted is looked up. No answer counts as an
     * attempt and leaves it for the next run.
     */
    Refund advance(Refund refund) {
        if (!refund.state().inFlight()) {
            return refund;
        }
        try {
            if (refund.state() == Refund.State.REQUESTED) {
                var answer = gateway.refund(refund.paymentId(), refund.amount(), refund.idempotencyKey());
                return record(refund.paymentId(), stored -> stored.attempted(clock.instant())
                        .reported(answer, clock.instant()));
            }
            var found = gateway.refundOf(refund.paymentId(), refund.refundId());
            return record(refund.paymentId(), stored -> found
                    .map(answer -> stored.attempted(clock.instant()).reported(answer, clock.instant()))
                    .orElseGet(() -> stored.attemptFailed("the payment provider knows no such refund",
                            clock.instant())));
        } catch (PaymentGatewayUnavailable unreachable) {
            return record(refund.paymentId(),
                    stored -> stored.attemptFailed(unreachable.getMessage(), clock.instant()));
        }
    }

    /** Applies a signed report of a refund; empty when the ledger owes no refund of that payment. */
    Optional<Refund> report(GatewayRefund report) {
        return unitOfWork.inTransaction(() -> ledger.lockRefund(report.paymentId()).map(stored -> {
            var next = stored.reported(report, clock.instant());
            if (!next.equals(stored)) {
                ledger.updateRefund(next);
            }
            return next;
        }));
    }

    /**
     * Opens a refund unless the payment has one, without asking the provider: reconciliation asks within a couple of
     * minutes, so a webhook that owes money back still answers at once.
     */
    void owe(Refund owed) {
        unitOfWork.inTransaction(() -> ledger.openRefund(owed));
    }

    private Refund record(String paymentId, UnaryOperator<Refund> change) {
        return unitOfWork.inTransaction(() -> {
            var stored = ledger.lockRefund(paymentId).orElseThrow();
            var next = change.apply(stored);
            ledger.updateRefund(next);
            return next;
        });
    }
}
