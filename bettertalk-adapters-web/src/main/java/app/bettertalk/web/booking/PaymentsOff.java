package app.bettertalk.web.booking;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.PaymentGateway;
import app.bettertalk.core.booking.PaymentVerdict;
import app.bettertalk.core.shared.Paise;

/** The payment provider of a server with none configured: every payment is refused, so nothing is given away. */
public final class PaymentsOff implements PaymentGateway {
    @Override
    public PaymentVerdict verify(BookingId booking, Paise amount, String paymentReference) {
        return new PaymentVerdict.Refused("payments are not set up on this server yet");
    }
}
