package app.bettertalk.web.razorpay;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Razorpay's two HMAC-SHA256 signatures: Checkout's {@code razorpay_signature} over {@code order_id|payment_id} keyed
 * with the API key secret, and a webhook's {@code X-Razorpay-Signature} over the raw body keyed with the webhook
 * secret. Razorpay sends lower-case hex and its SDKs compare the strings exactly, so only that form matches.
 */
public final class RazorpaySignatures {
    private RazorpaySignatures() {
    }

    /** The signature Checkout hands back for this order and payment, in lower-case hex. */
    public static String checkoutSignature(String keySecret, String orderId, String paymentId) {
        if (orderId == null || paymentId == null) {
            throw new IllegalArgumentException("an order id and a payment id are required");
        }
        return hmacHex(keySecret, (orderId + "|" + paymentId).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code givenHex} is Checkout's signature for our order id and the payment id it reported. */
    public static boolean checkoutSignatureMatches(String keySecret, String orderId, String paymentId,
                                                   String givenHex) {
        if (orderId == null || paymentId == null) {
            return false;
        }
        return matches(checkoutSignature(keySecret, orderId, paymentId), givenHex);
    }

    /** The signature Razorpay puts on a webhook with this raw body, in lower-case hex. */
    public static String webhookSignature(String webhookSecret, byte[] rawBody) {
        if (rawBody == null) {
            throw new IllegalArgumentException("a webhook body is required");
        }
        return hmacHex(webhookSecret, rawBody);
    }

    /** Whether {@code givenHex} is Razorpay's signature of exactly these bytes (never of re-serialised JSON). */
    public static boolean webhookSignatureMatches(String webhookSecret, byte[] rawBody, String givenHex) {
        if (rawBody == null) {
            return false;
        }
        return matches(webhookSignature(webhookSecret, rawBody), givenHex);
    }

    // The given value comes from the browser or the network: anything that is not the expected hex is just "no".
    // MessageDigest.isEqual takes the same time wherever the bytes differ, so no timing says how much was right.
    private static boolean matches(String expectedHex, String givenHex) {
        if (givenHex == null || givenHex.length() != expectedHex.length()) {
            return false;
        }
        return MessageDigest.isEqual(expectedHex.getBytes(StandardCharsets.UTF_8),
                givenHex.getBytes(StandardCharsets.UTF_8));
    }

    // A missing secret is a configuration error, not a bad signature: fail loudly instead of refusing every payment.
    private static String hmacHex(String secret, byte[] message) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a Razorpay secret is required");
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
