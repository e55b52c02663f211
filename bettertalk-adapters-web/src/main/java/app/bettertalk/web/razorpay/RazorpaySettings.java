package app.bettertalk.web.razorpay;

import java.net.URI;
import java.util.Objects;

/**
 * A Razorpay account as this server uses it: the key pair that signs API calls and checkout returns, the separate
 * webhook secret, and where its API and checkout script live (Razorpay's own hosts unless a test points them at a
 * fake). {@link #toString} names no secret.
 */
public record RazorpaySettings(String keyId, String keySecret, String webhookSecret, URI apiUrl, URI checkoutUrl) {
    public static final URI API = URI.create("https://api.razorpay.com");
    public static final URI CHECKOUT = URI.create("https://checkout.razorpay.com/v1/checkout.js");

    public RazorpaySettings {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(keySecret, "keySecret");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(checkoutUrl, "checkoutUrl");
    }

    /** The payment page's Content-Security-Policy: ours, widened to the checkout's and the API's origins only. */
    public String paymentPagePolicy() {
        var hosts = origin(checkoutUrl) + " " + origin(apiUrl);
        return "default-src 'self'; script-src 'self' " + origin(checkoutUrl) + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: " + hosts + "; connect-src 'self' " + hosts + "; frame-src " + hosts
                + "; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static String origin(URI url) {
        var port = url.getPort() == -1 ? "" : ":" + url.getPort();
        return url.getScheme() + "://" + url.getHost() + port;
    }

    @Override
    public String toString() {
        return "RazorpaySettings[keyId=" + keyId + ", apiUrl=" + apiUrl + ", checkoutUrl=" + checkoutUrl + "]";
    }
}
