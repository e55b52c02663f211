package app.bettertalk.core.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * One event the payment provider sent (a signed webhook), as the ledger keeps it: its id (each is acted on once),
 * its type, and the order and payment it was about ({@code orderId} empty for a refund's event).
 */
public record PaymentEvent(String eventId, String type, String orderId, String paymentId, Instant receivedAt) {
    public PaymentEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
