package app.bettertalk.web.razorpay;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.CheckoutOrder;
import app.bettertalk.core.booking.GatewayPayment;
import app.bettertalk.core.booking.GatewayRefund;
import app.bettertalk.core.booking.PaymentGateway;
import app.bettertalk.core.booking.PaymentGatewayUnavailable;
import app.bettertalk.core.booking.PaymentVerdict;
import app.bettertalk.core.booking.Refund;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.web.razorpay.RazorpayApi.RazorpayException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The core's payment provider as Razorpay: an order per booking, and a payment believed only once Razorpay's own
 * API reports it captured against that order for its full amount (an authorized payment is captured first).
 */
public final class RazorpayGateway implements PaymentGateway {
    private final RazorpayApi api;

    public RazorpayGateway(RazorpayApi api) {
        this.api = api;
    }

    @Override
    public String openOrder(BookingId booking, Paise amount, String currency) {
        var id = booking.value().toString();
        return call(() -> api.createOrder(amount.value(), currency, id, Map.of("booking_id", id))).id();
    }

    @Override
    public PaymentVerdict verify(CheckoutOrder order, String paymentReference) {
        var found = call(() -> api.payment(paymentReference));
        if (found.isEmpty()) {
            return new PaymentVerdict.Refused("the payment provider knows no such payment");
        }
        var payment = found.get();
        if ("authorized".equals(payment.status()) && order.orderId().equals(payment.orderId())
                && payment.amount() == order.amount().value() && order.currency().equals(payment.currency())) {
            payment = capture(order, paymentReference).orElse(payment);
        }
        return order.judge(payment(payment));
    }

    @Override
    public List<GatewayPayment> paymentsOf(String orderId) {
        return call(() -> api.paymentsOfOrder(orderId)).stream().map(RazorpayGateway::payment).toList();
    }

    @Override
    public GatewayRefund refund(String paymentId, Paise amount, String idempotencyKey) {
        try {
            return refund(api.refund(paymentId, amount.value(), idempotencyKey));
        } catch (RazorpayException e) {
            if (e.kind() == RazorpayException.Kind.REFUSED) {
                return GatewayRefund.refused(paymentId, e.description().orElse("Razorpay refused the refund")
                        + " (HTTP " + e.status() + ")");
            }
            throw new PaymentGatewayUnavailable(switch (e.kind()) {
                case UNREACHABLE -> "Razorpay did not answer the refund request";
                case CONFLICT -> "Razorpay is still processing an earlier request for this refund (HTTP 409)";
                case PROVIDER_ERROR, REFUSED -> "Razorpay had trouble with the refund request (HTTP " + e.status()
                        + ")";
            }, e);
        }
    }

    @Override
    public Optional<GatewayRefund> refundOf(String paymentId, String refundId) {
        return call(() -> api.refund(paymentId, refundId)).map(RazorpayGateway::refund);
    }

    /** A refund as the core reads it: pending, processed or failed. */
    static GatewayRefund refund(RazorpayApi.Refund refund) {
        var status = switch (refund.status() == null ? "" : refund.status()) {
            case "processed" -> Refund.State.PROCESSED;
            case "failed" -> Refund.State.FAILED;
            default -> Refund.State.PENDING;
        };
        return new GatewayRefund(refund.id(), refund.paymentId(), status,
                status == Refund.State.FAILED ? "Razorpay reports the refund failed" : "");
    }

    /** Captures, or finds it captured already by a concurrent verification. */
    private Optional<RazorpayApi.Payment> capture(CheckoutOrder order, String paymentId) {
        try {
            return Optional.of(api.capture(paymentId, order.amount().value(), order.currency()));
        } catch (RazorpayException e) {
            if (e.kind() == RazorpayException.Kind.REFUSED) {
                return call(() -> api.payment(paymentId));
            }
            throw unavailable(e);
        }
    }

    /** A payment as the core reads it; {@code orderId} is empty for a payment made without an order. */
    static GatewayPayment payment(RazorpayApi.Payment payment) {
        return new GatewayPayment(payment.id(), payment.orderId() == null ? "" : payment.orderId(),
                status(payment.status()), new Paise(payment.amount()),
                payment.currency() == null ? "" : payment.currency().toUpperCase(Locale.ROOT));
    }

    static GatewayPayment.Status status(String razorpay) {
        return switch (razorpay == null ? "" : razorpay) {
            case "authorized" -> GatewayPayment.Status.AUTHORIZED;
            case "captured" -> GatewayPayment.Status.CAPTURED;
            case "refunded" -> GatewayPayment.Status.REFUNDED;
            case "failed" -> GatewayPayment.Status.FAILED;
            default -> GatewayPayment.Status.CREATED;
        };
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (RazorpayException e) {
            throw unavailable(e);
        }
    }

    private static PaymentGatewayUnavailable unavailable(RazorpayException e) {
        var why = switch (e.kind()) {
            case UNREACHABLE -> "The payment provider did not answer";
            case PROVIDER_ERROR, CONFLICT -> "The payment provider is having trouble";
            case REFUSED -> "The payment provider refused the request";
        };
        return new PaymentGatewayUnavailable(why + "; nothing was charged twice. Try again in a moment.", e);
    }
}
