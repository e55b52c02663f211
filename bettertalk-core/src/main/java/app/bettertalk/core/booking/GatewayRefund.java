package app.bettertalk.core.booking;

import java.util.Objects;

/**
 * A refund as the payment provider reports it: its answer to asking for one, its API, or a signed webhook.
 * {@code status} is never {@link Refund.State#REQUESTED}: a refund the provider knows is at least pending. {@code id}
 * is empty only for a refund the provider refused to make ({@link #refused}); {@code failure} says why it failed, as
 * the provider put it.
 */
public record GatewayRefund(String id, String paymentId, Refund.State status, String failure) {
    public GatewayRefund {
        Objects.requireNonNull(id, "id");
        if (!id.isEmpty() || status != Refund.State.FAILED) {
            id = Booking.checkedPaymentReference(id);
        }
        paymentId = Booking.checkedPaymentReference(paymentId);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failure, "failure");
        if (status == Refund.State.REQUESTED) {
            throw new IllegalArgumentException("a refund the provider knows is at least pending");
        }
    }

    /** The provider's refusal to refund that payment at all (already refunded, too old, not captured). */
    public static GatewayRefund refused(String paymentId, String why) {
        return new GatewayRefund("", paymentId, Refund.State.FAILED, why);
    }
}
