package app.bettertalk.web.booking;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.PaymentGateway;
import app.bettertalk.core.booking.PaymentVerdict;
import app.bettertalk.core.shared.Paise;

/**
 * The payment provider of development mode: the booking page's "Pay (simulated)" button makes a reference
 * {@code sim_<booking id>}, which this accepts for that booking; anything else is refused. Never wired outside
 * {@code --dev-login}.
 */
public final class SimulatedPayments implements PaymentGateway {
    public static String referenceFor(BookingId booking) {
        return "sim_" + booking.value();
    }

    @Override
    public PaymentVerdict verify(BookingId booking, Paise amount, String paymentReference) {
        return referenceFor(booking).equals(paymentReference) ? new PaymentVerdict.Paid()
                : new PaymentVerdict.Refused("this is not a simulated payment for this booking");
    }
}
