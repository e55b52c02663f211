package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;

import java.util.Objects;

/**
 * A payment as the payment provider reports it: from its API, or from a webhook whose signature proved it came from
 * the provider. {@code orderId} ties it to the one {@link CheckoutOrder} it was made against.
 */
public record GatewayPayment(String id, String orderId, Status status, Paise amount, String currency) {
    /** Where the provider says the payment is; only {@link #CAPTURED} money has been taken. */
    public enum Status { CREATED, AUTHORIZED, CAPTURED, REFUNDED, FAILED }

    public GatewayPayment {
        id = Booking.checkedPaymentReference(id);
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
