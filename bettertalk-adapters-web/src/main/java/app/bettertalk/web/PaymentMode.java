package app.bettertalk.web;

/** How this server's booking pages take payment. */
public enum PaymentMode {
    /** Razorpay Standard Checkout with the configured account. */
    RAZORPAY,
    /** Development mode: a button simulates a successful payment; no money moves. */
    SIMULATED,
    /** No provider configured: bookings are kept, none can be paid. */
    OFF
}
