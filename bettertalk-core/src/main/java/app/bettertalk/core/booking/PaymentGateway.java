package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.Port;

import java.util.List;

/**
 * The payment provider (Razorpay, Cashfree, …). Every method may reach the network, so use cases call it outside
 * their transactions, and a failure to reach it is a {@link PaymentGatewayUnavailable}, never a refusal.
 */
@Port
public interface PaymentGateway {
    /** Opens the provider's order for a booking's full price; returns the provider's id for it. */
    String openOrder(BookingId booking, Paise amount, String currency);

    /**
     * Whether the provider received the order's full amount under that payment reference, judged by
     * {@link CheckoutOrder#judge}; a payment the provider has only authorized is captured first.
     */
    PaymentVerdict verify(CheckoutOrder order, String paymentReference);

    /** Every payment the provider holds against an order, in any state: what reconciliation asks. */
    List<GatewayPayment> paymentsOf(String orderId);
}
