package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;

import java.util.List;
import java.util.Optional;

/**
 * The payment provider of a program that takes no payments: no checkout opens and every payment is refused with
 * the same reason, so nothing is given away and nothing is confirmed.
 */
public final class NoPayments implements PaymentGateway {
    private final String reason;

    public NoPayments(String reason) {
        this.reason = reason;
    }

    @Override
    public String openOrder(BookingId booking, Paise amount, String currency) {
        throw new PaymentGatewayUnavailable("Payments are off: " + reason + ".", null);
    }

    @Override
    public PaymentVerdict verify(CheckoutOrder order, String paymentReference) {
        return new PaymentVerdict.Refused(reason);
    }

    @Override
    public List<GatewayPayment> paymentsOf(String orderId) {
        return List.of();
    }

    @Override
    public GatewayRefund refund(String paymentId, Paise amount, String idempotencyKey) {
        throw new PaymentGatewayUnavailable("Payments are off: " + reason + ".", null);
    }

    @Override
    public Optional<GatewayRefund> refundOf(String paymentId, String refundId) {
        return Optional.empty();
    }
}
