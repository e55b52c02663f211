package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledger's line for one booking's checkout: its order (empty while it is being opened), the payment that paid
 * it, and the latest failed attempt's reason as the provider gave it.
 */
public record PaymentRecord(BookingId booking, String orderId, Paise amount, String currency, State state,
                            String paymentId, String lastFailure, Instant createdAt, Instant updatedAt) {
    /** {@code OPENING -> OPEN -> PAID}; nothing moves back. */
    public enum State { OPENING, OPEN, PAID }

    public PaymentRecord {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(lastFailure, "lastFailure");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The order, once the provider has opened it. */
    public Optional<CheckoutOrder> order() {
        return state == State.OPENING ? Optional.empty()
                : Optional.of(new CheckoutOrder(booking, orderId, amount, currency, createdAt));
    }
}
