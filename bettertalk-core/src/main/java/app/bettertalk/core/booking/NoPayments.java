package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;

import java.util.List;

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
}
