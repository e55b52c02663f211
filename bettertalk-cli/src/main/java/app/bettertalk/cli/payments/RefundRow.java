package app.bettertalk.cli.payments;

import app.bettertalk.core.booking.Refund;

/** One refund as {@code --json} prints it: ids, amount, state and the provider's last word; no card or bank data. */
public record RefundRow(String booking, String payment, long amountPaise, String state, String reason,
                        String refund, int attempts, String lastError, String createdAt, String updatedAt) {
    static RefundRow of(Refund refund) {
        return new RefundRow(refund.booking().toString(), refund.paymentId(), refund.amount().value(),
                refund.state().name(), refund.reason().name(), refund.refundId(), refund.attempts(),
                refund.lastError(), refund.createdAt().toString(), refund.updatedAt().toString());
    }
}
