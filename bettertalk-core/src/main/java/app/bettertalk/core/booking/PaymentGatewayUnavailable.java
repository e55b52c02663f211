package app.bettertalk.core.booking;

/**
 * The payment provider could not be reached or answered with an error of its own; nothing changed here, and the
 * same request may be tried again. The message is fit to show and names no secret.
 */
public final class PaymentGatewayUnavailable extends RuntimeException {
    public PaymentGatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
