package app.bettertalk.core.booking;

/** What the payment provider says about a payment reference offered for a booking. */
public sealed interface PaymentVerdict {
    /** The provider received the booking's full price under that reference. */
    record Paid() implements PaymentVerdict {
    }

    /** The provider does not vouch for the payment; {@code reason} is fit to show the payer. */
    record Refused(String reason) implements PaymentVerdict {
    }
}
