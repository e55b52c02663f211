package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.Port;

import java.util.List;
import java.util.Optional;

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

    /**
     * Asks the provider to return {@code amount} of a captured payment. The same {@code idempotencyKey} always names
     * the same refund, so asking again after no answer (a {@link PaymentGatewayUnavailable}) cannot refund twice. A
     * refusal is a {@link GatewayRefund#refused} answer, not an exception.
     */
    GatewayRefund refund(String paymentId, Paise amount, String idempotencyKey);

    /** What the provider says of a refund it accepted, or empty when it knows no such refund. */
    Optional<GatewayRefund> refundOf(String paymentId, String refundId);
}
