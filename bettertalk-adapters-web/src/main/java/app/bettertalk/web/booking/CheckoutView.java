package app.bettertalk.web.booking;

import app.bettertalk.core.booking.CheckoutOrder;
import app.bettertalk.web.razorpay.RazorpaySettings;

/**
 * What Razorpay's checkout is opened with, and nothing more: the order, the public key id, the price, and the
 * member's anonymous username as the only prefill (no email or phone). Empty {@code orderId}: no checkout to show.
 */
public record CheckoutView(String keyId, String orderId, long amountPaise, String currency, String description,
                           String prefillName, String scriptUrl) {
    static final CheckoutView NONE = new CheckoutView("", "", 0, "", "", "", "");

    static CheckoutView of(CheckoutOrder order, RazorpaySettings razorpay, String planTitle, String username) {
        return new CheckoutView(razorpay.keyId(), order.orderId(), order.amount().value(), order.currency(),
                planTitle, username, razorpay.checkoutUrl().toString());
    }

    public boolean shown() {
        return !orderId.isEmpty();
    }
}
