package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.Port;

/** The payment provider (Razorpay, Cashfree, …), asked whether a payment really paid for a booking. */
@Port
public interface PaymentGateway {
    PaymentVerdict verify(BookingId booking, Paise amount, String paymentReference);
}
