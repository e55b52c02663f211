package app.bettertalk.web.razorpay;

import app.bettertalk.web.razorpay.RazorpayApi.RazorpayException;
import app.bettertalk.web.razorpay.RazorpayApi.RazorpayException.Kind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static app.bettertalk.web.razorpay.FakeRazorpay.KEY_ID;
import static app.bettertalk.web.razorpay.FakeRazorpay.KEY_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class RazorpayApiTest {
    private static final Duration SHORT = Duration.ofMillis(300);

    private final FakeRazorpay razorpay = new FakeRazorpay();
    private final RazorpayApi api = new RazorpayApi(razorpay.url(), KEY_ID, KEY_SECRET);

    @AfterEach
    void stopRazorpay() {
        razorpay.close();
    }

    @Test
    void an_order_is_created_with_its_amount_currency_and_receipt() {
        var order = api.createOrder(49_900, "INR", "booking_42", Map.of("booking_id", "42"));

        assertThat(order.id()).matches("order_[A-Za-z0-9]{14}");
        assertThat(order).extracting("amount", "currency", "receipt", "status")
                .containsExactly(49_900L, "INR", "booking_42", "created");
    }

    @Test
    void an_order_carries_its_notes_to_razorpay() {
        var order = api.createOrder(49_900, "INR", "booking_42", Map.of("booking_id", "42"));

        assertThat(razorpay.order(order.id()).orElseThrow().notes()).containsExactly(Map.entry("booking_id", "42"));
    }

    @Test
    void each_call_uses_razorpay_s_method_and_path() {
        var order = api.createOrder(49_900, "INR", "booking_42", Map.of());
        var paymentId = razorpay.authorize(order.id());

        api.payment(paymentId);
        api.capture(paymentId, 49_900, "INR");
        api.paymentsOfOrder(order.id());
        var refund = api.refund(paymentId, 49_900, "refund-booking-42");
        api.refund(paymentId, refund.id());

        assertThat(razorpay.requests()).containsExactly(
                "POST /v1/orders",
                "GET /v1/payments/" + paymentId,
                "POST /v1/payments/" + paymentId + "/capture",
                "GET /v1/orders/" + order.id() + "/payments",
                "POST /v1/payments/" + paymentId + "/refund",
                "GET /v1/payments/" + paymentId + "/refunds/" + refund.id());
    }

    @Test
    void every_request_carries_basic_auth_with_the_key_id_and_secret() {
        api.createOrder(49_900, "INR", "booking_42", Map.of());

        assertThat(razorpay.lastAuthorization()).contains("Basic " + Base64.getEncoder()
                .encodeToString((KEY_ID + ":" + KEY_SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_wrong_key_secret_is_refused_with_status_401() {
        var stranger = new RazorpayApi(razorpay.url(), KEY_ID, "not_the_secret_at_all");

        var refusal = failureOf(() -> stranger.createOrder(49_900, "INR", "booking_42", Map.of()));

        assertThat(refusal.kind()).isEqualTo(Kind.REFUSED);
        assertThat(refusal.status()).isEqualTo(401);
        assertThat(refusal.description()).contains("Authentication failed");
    }

    @Test
    void a_captured_payment_is_fetched_with_its_order_and_amount() {
        var order = api.createOrder(49_900, "INR", "booking_42", Map.of());
        var paymentId = razorpay.pay(order.id());

        var payment = api.payment(paymentId);

        assertThat(payment).contains(new RazorpayApi.Payment(paymentId, order.id(), "captured", 49_900, "INR", null));
    }

    @Test
    void a_payment_razorpay_does_not_know_is_empty() {
        assertThat(api.payment("pay_NoSuchPayment01")).isEmpty();
    }

    @Test
    void a_payment_id_that_could_leave_the_path_is_empty_without_asking_razorpay() {
        var payment = api.payment("../orders");

        assertThat(payment).isEmpty();
        assertThat(razorpay.requests()).isEmpty();
    }

    @Test
    void an_authorized_payment_is_captured() {
        var order = api.createOrder(49_900, "INR", "booking_42", Map.of());
        var paymentId = razorpay.authorize(order.id());

        var payment = api.capture(paymentId, 49_900, "INR");

        assertThat(payment.status()).isEqualTo("captured");
        assertThat(razorpay.order(order.id()).orElseThrow().status()).isEqualTo("paid");
    }

    @Test
    void capturing_a_captured_payment_is_refused_with_razorpay_s_reason() {
        var order = api.createOrder(49_900, "INR", "booking_42", Map.of());
        var paymentId = razorpay.pay(order.id());

        var refusal = failureOf(() -> api.capture(paymentId, 49_900, "INR"));

        assertThat(refusal.kind()).isEqualTo(Kind.REFUSED);
        assertThat(refusal.code()).contains("BAD_REQUEST_ERROR");
        assertThat(refusal.description()).contains("This payment has already been captured");
    }

    @Test
    void a_refusal_keeps_razorpay_s_error_code_and_description() {
        var refusal = failureOf(() -> api.createOrder(50, "INR", "booking_42", Map.of()));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.code()).contains("BAD_REQUEST_ERROR");
        assertThat(refusal.description()).contains("The amount must be at least INR 1.00");
        assertThat(refusal).hasMessageContaining("BAD_REQUEST_ERROR The amount must be at least INR 1.00");
    }

    @Test
    void the_payments_of_an_order_include_failed_attempts_with_their_reason() {
        var order = api.createOrder(49_900, "INR", "booking_42", Map.of());
        var failed = razorpay.fail(order.id());
        var paid = razorpay.pay(order.id());

        var payments = api.paymentsOfOrder(order.id());

        assertThat(payments).extracting(RazorpayApi.Payment::id, RazorpayApi.Payment::status)
                .containsExactlyInAnyOrder(
                        tuple(failed, "failed"),
                        tuple(paid, "captured"));
        assertThat(payments).filteredOn(p -> p.id().equals(failed)).singleElement()
                .extracting(RazorpayApi.Payment::errorDescription).asString().isNotBlank();
    }

    @Test
    void an_order_nobody_paid_has_no_payments() {
        var order = api.createOrder(49_900, "INR", "booking_42", Map.of());

        assertThat(api.paymentsOfOrder(order.id())).isEmpty();
    }

    @Test
    void a_payment_of_another_amount_is_reported_with_that_amount() {
        var order = api.createOrder(49_900, "INR", "booking_42", Map.of());
        var paymentId = razorpay.pay(order.id(), 100, "USD");

        var payment = api.payment(paymentId).orElseThrow();

        assertThat(payment).extracting("amount", "currency").containsExactly(100L, "USD");
    }

    @Test
    void a_refund_is_created_pending_for_its_amount() {
        var paymentId = capturedPayment();

        var refund = api.refund(paymentId, 20_000, "refund-booking-42");

        assertThat(refund.id()).matches("rfnd_[A-Za-z0-9]{14}");
        assertThat(refund).extracting("paymentId", "amount", "status").containsExactly(paymentId, 20_000L, "pending");
    }

    @Test
    void a_processed_refund_is_fetched_as_processed() {
        var paymentId = capturedPayment();
        var refund = api.refund(paymentId, 49_900, "refund-booking-42");

        razorpay.processRefund(refund.id());

        assertThat(api.refund(paymentId, refund.id())).map(RazorpayApi.Refund::status).contains("processed");
    }

    @Test
    void a_refund_razorpay_does_not_know_is_empty() {
        var paymentId = capturedPayment();

        assertThat(api.refund(paymentId, "rfnd_NoSuchRefund001")).isEmpty();
    }

    @Test
    void a_refund_retried_with_the_same_key_refunds_once() {
        var paymentId = capturedPayment();

        var first = api.refund(paymentId, 49_900, "refund-booking-42");
        var retry = api.refund(paymentId, 49_900, "refund-booking-42");

        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(razorpay.refundsOf(paymentId)).hasSize(1);
        assertThat(razorpay.payment(paymentId).orElseThrow().amountRefunded()).isEqualTo(49_900);
    }

    @Test
    void refunds_sent_at_once_with_the_same_key_refund_once() throws Exception {
        var paymentId = capturedPayment();

        var refundIds = atOnce(8, () -> api.refund(paymentId, 49_900, "refund-booking-42").id());

        assertThat(refundIds).containsOnly(refundIds.getFirst());
        assertThat(razorpay.refundsOf(paymentId)).hasSize(1);
    }

    @Test
    void another_refund_under_a_used_key_is_refused() {
        var paymentId = capturedPayment();
        api.refund(paymentId, 20_000, "refund-booking-42");

        var refusal = failureOf(() -> api.refund(paymentId, 10_000, "refund-booking-42"));

        assertThat(refusal.kind()).isEqualTo(Kind.REFUSED);
        assertThat(refusal.description()).hasValueSatisfying(d -> assertThat(d).contains("same idempotency key"));
    }

    @Test
    void a_refund_without_a_well_formed_idempotency_key_is_not_sent() {
        var paymentId = capturedPayment();

        assertThatThrownBy(() -> api.refund(paymentId, 49_900, "short")).isInstanceOf(IllegalArgumentException.class);
        assertThat(razorpay.refundsOf(paymentId)).isEmpty();
    }

    @Test
    void orders_created_at_once_all_arrive_with_their_own_ids() throws Exception {
        var orderIds = atOnce(20, () -> api.createOrder(49_900, "INR", "booking_42", Map.of()).id());

        assertThat(orderIds).doesNotHaveDuplicates().hasSize(20);
        assertThat(razorpay.ordersCreated()).isEqualTo(20);
    }

    @Test
    void a_server_error_is_a_provider_error() {
        razorpay.failNext(503, "<html>Service Unavailable</html>");

        var failure = failureOf(() -> api.createOrder(49_900, "INR", "booking_42", Map.of()));

        assertThat(failure.kind()).isEqualTo(Kind.PROVIDER_ERROR);
        assertThat(failure.status()).isEqualTo(503);
    }

    @Test
    void a_success_that_is_not_razorpay_json_is_a_provider_error() {
        razorpay.failNext(200, "<html>captive portal</html>");

        var failure = failureOf(() -> api.createOrder(49_900, "INR", "booking_42", Map.of()));

        assertThat(failure.kind()).isEqualTo(Kind.PROVIDER_ERROR);
    }

    @Test
    void a_409_is_a_conflict_to_retry_later() {
        var paymentId = capturedPayment();
        razorpay.failNext(409, """
                {"error":{"code":"BAD_REQUEST_ERROR","description":"Request is already being processed"}}""");

        var failure = failureOf(() -> api.refund(paymentId, 49_900, "refund-booking-42"));

        assertThat(failure.kind()).isEqualTo(Kind.CONFLICT);
    }

    @Test
    void a_stall_past_the_timeout_is_unreachable_within_a_bound() {
        var impatient = razorpay.client(SHORT);
        razorpay.stallNext(Duration.ofSeconds(5));
        var started = System.nanoTime();

        var failure = failureOf(() -> impatient.createOrder(49_900, "INR", "booking_42", Map.of()));

        assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_capture_that_timed_out_may_still_have_happened() {
        var order = api.createOrder(49_900, "INR", "booking_42", Map.of());
        var paymentId = razorpay.authorize(order.id());
        razorpay.stallNext(Duration.ofMillis(600));

        assertThatThrownBy(() -> razorpay.client(SHORT).capture(paymentId, 49_900, "INR"))
                .isInstanceOfSatisfying(RazorpayException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE));

        eventually(() -> api.payment(paymentId).orElseThrow().status().equals("captured"));
    }

    @Test
    void a_closed_port_is_unreachable() throws IOException {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var nowhere = new RazorpayApi(URI.create("http://127.0.0.1:" + port), KEY_ID, KEY_SECRET, SHORT, SHORT);

        var failure = failureOf(() -> nowhere.payment("pay_IH4NVgf4Dreq1l"));

        assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(failure.status()).isZero();
    }

    @Test
    void no_failure_message_holds_the_key_secret_the_authorization_or_a_body() {
        var failures = new ArrayList<RazorpayException>();
        var wrongSecret = "wrong_secret_Kp4zX9";
        var stranger = new RazorpayApi(razorpay.url(), KEY_ID, wrongSecret);
        failures.add(failureOf(() -> stranger.payment("pay_IH4NVgf4Dreq1l")));
        razorpay.failNext(500, "<html>upstream body " + KEY_SECRET + "</html>");
        failures.add(failureOf(() -> api.payment("pay_IH4NVgf4Dreq1l")));
        razorpay.failNext(400, "{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"bad key " + KEY_SECRET
                + "\"},\"echo\":\"upstream body\"}");
        failures.add(failureOf(() -> api.payment("pay_IH4NVgf4Dreq1l")));
        razorpay.stallNext(Duration.ofSeconds(2));
        var impatient = razorpay.client(SHORT);
        failures.add(failureOf(() -> impatient.createOrder(49_900, "INR", "receipt_body_marker", Map.of())));

        var authorization = razorpay.lastAuthorization().orElseThrow().substring("Basic ".length());
        assertThat(failures).hasSize(4).allSatisfy(failure -> {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage()) + t)
                        .doesNotContain(KEY_SECRET, wrongSecret, authorization, "upstream body", "receipt_body_marker");
            }
            assertThat(failure.description().orElse("")).doesNotContain(KEY_SECRET);
        });
    }

    private static RazorpayException failureOf(ThrowingCallable call) {
        var failure = catchThrowableOfType(RazorpayException.class, call);
        assertThat(failure).as("a RazorpayException").isNotNull();
        return failure;
    }

    private String capturedPayment() {
        var order = api.createOrder(49_900, "INR", "booking_42", Map.of("booking_id", "42"));
        return razorpay.pay(order.id());
    }

    private static <T> List<T> atOnce(int times, Callable<T> call) throws Exception {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<T>>();
            for (var i = 0; i < times; i++) {
                futures.add(threads.submit(call));
            }
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static void eventually(BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 5 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
