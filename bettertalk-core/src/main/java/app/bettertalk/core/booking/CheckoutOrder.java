package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;

import java.time.Instant;
import java.util.Objects;

/**
 * The payment provider's order for one booking, opened once before the checkout shows and reused after: the amount
 * and currency come from the stored booking, never from the browser, and a payment pays the booking only when it was
 * made against this order for exactly that amount.
 */
public record CheckoutOrder(BookingId booking, String orderId, Paise amount, String currency, Instant openedAt) {
    /** Every booking is priced in Indian rupees. */
    public static final String CURRENCY = "INR";

    public CheckoutOrder {
        Objects.requireNonNull(booking, "booking");
        orderId = Booking.checkedPaymentReference(orderId);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    /**
     * Whether the provider's report of a payment shows this order paid in full. An authorized payment is not paid
     * yet: the caller captures it first. The reasons are fit to show the payer.
     */
    public PaymentVerdict judge(GatewayPayment payment) {
        if (!payment.orderId().equals(orderId)) {
            return new PaymentVerdict.Refused("it was made for a different order");
        }
        if (!payment.currency().equals(currency) || !payment.amount().equals(amount)) {
            return new PaymentVerdict.Refused("its amount does not match this booking's price");
        }
        return switch (payment.status()) {
            case CAPTURED -> new PaymentVerdict.Paid();
            case AUTHORIZED -> new PaymentVerdict.Refused("it is authorized but not yet captured");
            case CREATED -> new PaymentVerdict.Refused("it has not been completed");
            case FAILED -> new PaymentVerdict.Refused("it failed");
            case REFUNDED -> new PaymentVerdict.Refused("it was refunded");
        };
    }
}
