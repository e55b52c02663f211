package app.bettertalk.web.booking;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.CheckoutOrder;
import app.bettertalk.core.booking.GatewayPayment;
import app.bettertalk.core.booking.GatewayRefund;
import app.bettertalk.core.booking.PaymentGateway;
import app.bettertalk.core.booking.PaymentVerdict;
import app.bettertalk.core.booking.Refund;
import app.bettertalk.core.shared.Paise;

import java.util.List;
import java.util.Optional;

/**
 * The payment provider of development mode: an order {@code order_sim_<booking id>}, and the booking page's "Pay
 * (simulated)" button makes a reference {@code sim_<booking id>}, which this accepts for that booking's order;
 * anything else is refused; a refund is processed at once as {@code rfnd_sim_<payment>}. Never wired outside
 * {@code --dev-login} without Razorpay.
 */
public final class SimulatedPayments implements PaymentGateway {
    public static String referenceFor(BookingId booking) {
        return "sim_" + booking.value();
    }

    @Override
    public String openOrder(BookingId booking, Paise amount, String currency) {
        return "order_sim_" + booking.value();
    }

    @Override
    public PaymentVerdict verify(CheckoutOrder order, String paymentReference) {
        return referenceFor(order.booking()).equals(paymentReference) ? new PaymentVerdict.Paid()
                : new PaymentVerdict.Refused("this is not a simulated payment for this booking");
    }

    @Override
    public List<GatewayPayment> paymentsOf(String orderId) {
        return List.of();
    }

    @Override
    public GatewayRefund refund(String paymentId, Paise amount, String idempotencyKey) {
        return new GatewayRefund("rfnd_sim_" + paymentId, paymentId, Refund.State.PROCESSED, "");
    }

    @Override
    public Optional<GatewayRefund> refundOf(String paymentId, String refundId) {
        return Optional.of(new GatewayRefund(refundId, paymentId, Refund.State.PROCESSED, ""));
    }
}
