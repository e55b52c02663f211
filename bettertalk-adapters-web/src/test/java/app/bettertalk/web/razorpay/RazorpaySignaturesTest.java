package app.bettertalk.web.razorpay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The golden values were computed apart from this code, with OpenSSL 3.0:
 * {@code printf '%s' "$message" | openssl dgst -sha256 -hmac "$secret"}. The second checkout vector and the first
 * webhook vector are also the ones razorpay-java's own UtilsTest verifies.
 */
class RazorpaySignaturesTest {
    private static final String KEY_SECRET = "EnLs21M47BllR3X8PSFtjtbd";
    private static final String ORDER = "order_IluGWxBm9U8zJ8";
    private static final String PAYMENT = "pay_IH4NVgf4Dreq1l";
    private static final String CHECKOUT_SIGNATURE =
            "c7a6b6e37e5fb8b5387cd93cff2f9cedbf5cb78112fd50292c56b4cecb49b80d";

    private static final String WEBHOOK_SECRET = "whsec_bettertalk_test_1";
    private static final byte[] WEBHOOK_BODY = ("{\"entity\":\"event\",\"account_id\":\"acc_BFQ7uQEaa7j2z7\","
            + "\"event\":\"payment.captured\",\"contains\":[\"payment\"],\"payload\":{\"payment\":{\"entity\":"
            + "{\"id\":\"pay_IH4NVgf4Dreq1l\",\"entity\":\"payment\",\"amount\":49900,\"currency\":\"INR\","
            + "\"status\":\"captured\",\"order_id\":\"order_IluGWxBm9U8zJ8\"}}},\"created_at\":1700000000}")
            .getBytes(StandardCharsets.UTF_8);
    private static final String WEBHOOK_SIGNATURE =
            "04e11f7e077e0f818830e7c453051e95edd9689ad725d5160658b1f5fb5529fd";

    @Test
    void the_checkout_signature_is_openssl_s_hmac_of_order_bar_payment() {
        assertThat(RazorpaySignatures.checkoutSignature(KEY_SECRET, ORDER, PAYMENT)).isEqualTo(CHECKOUT_SIGNATURE);
    }

    @Test
    void the_checkout_signature_agrees_with_razorpay_s_own_sdk_vector() {
        assertThat(RazorpaySignatures.checkoutSignatureMatches(KEY_SECRET, "order_IEIaMR65cu6nz3", PAYMENT,
                "0d4e745a1838664ad6c9c9902212a32d627d68e917290b0ad5f08ff4561bc50f")).isTrue();
    }

    @Test
    void checkout_s_own_signature_matches() {
        assertThat(RazorpaySignatures.checkoutSignatureMatches(KEY_SECRET, ORDER, PAYMENT, CHECKOUT_SIGNATURE))
                .isTrue();
    }

    @Test
    void a_signature_with_one_character_changed_does_not_match() {
        var changed = CHECKOUT_SIGNATURE.substring(0, 63) + "e";

        assertThat(RazorpaySignatures.checkoutSignatureMatches(KEY_SECRET, ORDER, PAYMENT, changed)).isFalse();
    }

    @Test
    void a_signature_for_another_payment_does_not_match() {
        assertThat(RazorpaySignatures.checkoutSignatureMatches(KEY_SECRET, ORDER, "pay_IH4NVgf4Dreq1m",
                CHECKOUT_SIGNATURE)).isFalse();
    }

    @Test
    void a_signature_made_with_another_secret_does_not_match() {
        assertThat(RazorpaySignatures.checkoutSignatureMatches("EnLs21M47BllR3X8PSFtjtbe", ORDER, PAYMENT,
                CHECKOUT_SIGNATURE)).isFalse();
    }

    // Razorpay sends lower-case hex and its SDKs compare strings exactly; accepting other spellings buys nothing.
    @Test
    void an_upper_case_signature_does_not_match() {
        var upper = CHECKOUT_SIGNATURE.toUpperCase(Locale.ROOT);

        assertThat(RazorpaySignatures.checkoutSignatureMatches(KEY_SECRET, ORDER, PAYMENT, upper)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "abc", "not a signature",
            "c7a6b6e37e5fb8b5387cd93cff2f9cedbf5cb78112fd50292c56b4cecb49b80",
            "c7a6b6e37e5fb8b5387cd93cff2f9cedbf5cb78112fd50292c56b4cecb49b80d0",
            " c7a6b6e37e5fb8b5387cd93cff2f9cedbf5cb78112fd50292c56b4cecb49b80d",
            "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
            "ç7a6b6e37e5fb8b5387cd93cff2f9cedbf5cb78112fd50292c56b4cecb49b80d"})
    void a_missing_or_malformed_signature_does_not_match_and_throws_nothing(String given) {
        assertThat(RazorpaySignatures.checkoutSignatureMatches(KEY_SECRET, ORDER, PAYMENT, given)).isFalse();
        assertThat(RazorpaySignatures.webhookSignatureMatches(WEBHOOK_SECRET, WEBHOOK_BODY, given)).isFalse();
    }

    @Test
    void a_missing_payment_id_does_not_match() {
        assertThat(RazorpaySignatures.checkoutSignatureMatches(KEY_SECRET, ORDER, null, CHECKOUT_SIGNATURE)).isFalse();
    }

    @Test
    void the_webhook_signature_is_openssl_s_hmac_of_the_raw_body() {
        assertThat(RazorpaySignatures.webhookSignature(WEBHOOK_SECRET, WEBHOOK_BODY)).isEqualTo(WEBHOOK_SIGNATURE);
    }

    @Test
    void the_webhook_signature_agrees_with_razorpay_s_own_sdk_vector() {
        var body = "{\"a\":1,\"b\":2,\"c\":{\"d\":3}}".getBytes(StandardCharsets.UTF_8);

        assertThat(RazorpaySignatures.webhookSignatureMatches("123456", body,
                "2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc")).isTrue();
    }

    @Test
    void the_webhook_signature_covers_the_bytes_as_sent_beyond_ascii() {
        var body = "{\"event\":\"refund.processed\",\"payload\":{\"refund\":{\"entity\":{\"notes\":{\"comment\":"
                + "\"Asha — ₹499 back\"}}}}}";

        assertThat(RazorpaySignatures.webhookSignature(WEBHOOK_SECRET, body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("5c998f88f48f37fc5beaadb48ec1919b322a043d851ac70146cf646917c5f9aa");
    }

    @Test
    void a_webhook_s_own_signature_matches() {
        assertThat(RazorpaySignatures.webhookSignatureMatches(WEBHOOK_SECRET, WEBHOOK_BODY, WEBHOOK_SIGNATURE))
                .isTrue();
    }

    @Test
    void a_webhook_body_with_one_character_changed_does_not_match() {
        var tampered = WEBHOOK_BODY.clone();
        tampered[new String(WEBHOOK_BODY, StandardCharsets.UTF_8).indexOf("49900") + 1] = '5';

        assertThat(RazorpaySignatures.webhookSignatureMatches(WEBHOOK_SECRET, tampered, WEBHOOK_SIGNATURE)).isFalse();
    }

    @Test
    void a_webhook_signed_with_the_key_secret_instead_does_not_match() {
        var keySigned = RazorpaySignatures.webhookSignature(KEY_SECRET, WEBHOOK_BODY);

        assertThat(RazorpaySignatures.webhookSignatureMatches(WEBHOOK_SECRET, WEBHOOK_BODY, keySigned)).isFalse();
    }

    @Test
    void a_missing_secret_is_a_configuration_error_not_a_mismatch() {
        assertThatThrownBy(() -> RazorpaySignatures.webhookSignatureMatches(" ", WEBHOOK_BODY, WEBHOOK_SIGNATURE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
