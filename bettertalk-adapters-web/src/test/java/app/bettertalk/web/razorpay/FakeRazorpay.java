package app.bettertalk.web.razorpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Razorpay's orders, payments and refunds API on 127.0.0.1, in memory: Basic auth with one key, Razorpay's ids, JSON
 * shapes and error bodies, a refund idempotency key honoured, and controls that play the customer (pay, fail), the
 * bank (process a refund) and a bad network (fail or stall the next request). A stalled request is still carried out
 * after its client gave up, as Razorpay would: a timeout does not mean nothing happened.
 */
public final class FakeRazorpay implements AutoCloseable {
    public static final String KEY_ID = "rzp_test_FakeKeyId000001";
    public static final String KEY_SECRET = "fake_key_secret_Zq8vR2mN4pW7";

    private static final String ALPHANUMERICS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern ORDERS = Pattern.compile("/v1/orders");
    private static final Pattern ORDER_PAYMENTS = Pattern.compile("/v1/orders/([^/]+)/payments");
    private static final Pattern PAYMENT = Pattern.compile("/v1/payments/([^/]+)");
    private static final Pattern CAPTURE = Pattern.compile("/v1/payments/([^/]+)/capture");
    private static final Pattern REFUND = Pattern.compile("/v1/payments/([^/]+)/refund");
    private static final Pattern PAYMENT_REFUND = Pattern.compile("/v1/payments/([^/]+)/refunds/([^/]+)");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{10,}");

    private final String expectedAuthorization;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;
    private final ReentrantLock ledger = new ReentrantLock();
    private final Map<String, OrderState> orders = new ConcurrentHashMap<>();
    private final Map<String, PaymentState> payments = new ConcurrentHashMap<>();
    private final Map<String, RefundState> refunds = new ConcurrentHashMap<>();
    private final Map<String, RefundRequest> refundsByKey = new ConcurrentHashMap<>();
    private final Queue<Scripted> scripted = new ConcurrentLinkedQueue<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Long> createdAt = new ConcurrentHashMap<>();
    private final AtomicInteger ordersCreated = new AtomicInteger();
    private volatile String lastAuthorization;

    /** What the fake holds of an order; {@code status} is created, attempted or paid. */
    public record OrderState(String id, long amount, String currency, String receipt, Map<String, String> notes,
                             String status, int attempts) {
    }

    /** What the fake holds of a payment; {@code status} is authorized, captured, refunded or failed. */
    public record PaymentState(String id, String orderId, long amount, String currency, String status,
                               long amountRefunded, String errorCode, String errorDescription) {
        PaymentState withStatus(String newStatus) {
            return new PaymentState(id, orderId, amount, currency, newStatus, amountRefunded, errorCode,
                    errorDescription);
        }

        PaymentState withRefunded(long refunded) {
            return new PaymentState(id, orderId, amount, currency, refunded == amount ? "refunded" : "captured",
                    refunded, errorCode, errorDescription);
        }
    }

    /** What the fake holds of a refund; {@code status} is pending, processed or failed. */
    public record RefundState(String id, String paymentId, long amount, String currency, String status) {
    }

    private record RefundRequest(String paymentId, long amount, String refundId) {
    }

    private record Scripted(Duration stall, int status, String body) {
    }

    private record Answer(int status, Object body) {
    }

    public FakeRazorpay() {
        this(KEY_ID, KEY_SECRET);
    }

    public FakeRazorpay(String keyId, String keySecret) {
        expectedAuthorization = basic(keyId, keySecret);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The real client with this fake's key, and timeouts of {@code timeout} to see stalls quickly. */
    public RazorpayApi client(Duration timeout) {
        return new RazorpayApi(url(), KEY_ID, KEY_SECRET, timeout, timeout);
    }

    public static String basic(String keyId, String keySecret) {
        return "Basic " + Base64.getEncoder().encodeToString((keyId + ":" + keySecret)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The customer pays the whole order and it is captured (auto-capture); the order is paid. */
    public String pay(String orderId) {
        var order = existingOrder(orderId);
        return attempt(order, order.amount(), order.currency(), "captured");
    }

    /** The customer's bank authorizes the whole order; it waits to be captured. */
    public String authorize(String orderId) {
        var order = existingOrder(orderId);
        return attempt(order, order.amount(), order.currency(), "authorized");
    }

    /** A captured payment against the order of another amount or currency than the order's (the order stays unpaid). */
    public String pay(String orderId, long amount, String currency) {
        return attempt(existingOrder(orderId), amount, currency, "captured");
    }

    /** The customer's attempt fails, as Razorpay reports a bank failure. */
    public String fail(String orderId) {
        var order = existingOrder(orderId);
        return attempt(order, order.amount(), order.currency(), "failed");
    }

    /** The bank completes the refund. */
    public void processRefund(String refundId) {
        settleRefund(refundId, "processed");
    }

    /** The bank bounces the refund; the amount is refundable again. */
    public void failRefund(String refundId) {
        settleRefund(refundId, "failed");
    }

    /** The next request is answered with exactly this status and body, whatever it asks. */
    public void failNext(int status, String body) {
        scripted.add(new Scripted(Duration.ZERO, status, Objects.requireNonNullElse(body, "")));
    }

    /** The next request waits this long, then is carried out and answered as usual (if anyone still listens). */
    public void stallNext(Duration stall) {
        scripted.add(new Scripted(stall, 0, null));
    }

    /** Method and path of each request so far, such as {@code POST /v1/orders}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The Authorization header of the last request, if it had one. */
    public Optional<String> lastAuthorization() {
        return Optional.ofNullable(lastAuthorization);
    }

    public int ordersCreated() {
        return ordersCreated.get();
    }

    public Optional<OrderState> order(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    public Optional<PaymentState> payment(String paymentId) {
        return Optional.ofNullable(payments.get(paymentId));
    }

    public Optional<RefundState> refund(String refundId) {
        return Optional.ofNullable(refunds.get(refundId));
    }

    public List<RefundState> refundsOf(String paymentId) {
        return refunds.values().stream().filter(r -> r.paymentId().equals(paymentId)).toList();
    }

    /** The webhook secret the tests' servers are configured with, to sign {@link #webhook}s. */
    public static final String WEBHOOK_SECRET = "fake_webhook_secret_Hc3kP9";

    /** What the fake checkout does when the page opens it: pay, fail the payment, or close the window. */
    public enum CheckoutOutcome { PAY, FAIL, DISMISS }

    private volatile CheckoutOutcome checkoutOutcome = CheckoutOutcome.PAY;
    private final List<String> checkoutOptions = new CopyOnWriteArrayList<>();

    public void checkoutOutcome(CheckoutOutcome outcome) {
        this.checkoutOutcome = outcome;
    }

    /** The options each page opened the checkout with, as JSON: what the page gave Razorpay's widget. */
    public List<String> checkoutOptions() {
        return List.copyOf(checkoutOptions);
    }

    /** The URL of the fake checkout script, to configure in place of Razorpay's. */
    public URI checkoutUrl() {
        return URI.create(url() + "/v1/checkout.js");
    }

    /** The signed triple Razorpay's checkout hands the page after paying: order id, payment id, signature. */
    public List<String> checkoutReturn(String orderId, String paymentId) {
        return List.of(orderId, paymentId, RazorpaySignatures.checkoutSignature(KEY_SECRET, orderId, paymentId));
    }

    /** A webhook body of Razorpay's shape about one payment, as the fake holds it now. */
    public String webhook(String event, String paymentId) {
        var payment = payments.get(paymentId);
        try {
            return json.writeValueAsString(map("entity", "event", "account_id", "acc_Fake000000001", "event", event,
                    "contains", List.of("payment"),
                    "payload", map("payment", map("entity", paymentJson(payment))),
                    "created_at", System.currentTimeMillis() / 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A webhook body of Razorpay's shape about one refund (refund.processed, refund.failed), as the fake holds it. */
    public String refundWebhook(String event, String refundId) {
        var refund = refunds.get(refundId);
        try {
            return json.writeValueAsString(map("entity", "event", "account_id", "acc_Fake000000001", "event", event,
                    "contains", List.of("refund", "payment"),
                    "payload", map("refund", map("entity", refundJson(refund)),
                            "payment", map("entity", paymentJson(payments.get(refund.paymentId())))),
                    "created_at", System.currentTimeMillis() / 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The signature Razorpay sends with a webhook body in {@code X-Razorpay-Signature}. */
    public static String webhookSignature(String body) {
        return RazorpaySignatures.webhookSignature(WEBHOOK_SECRET, body.getBytes(StandardCharsets.UTF_8));
    }

    // The browser half of Razorpay: its checkout script, which here "pays" through the endpoint below.
    private boolean checkout(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
        if (method.equals("GET") && path.equals("/v1/checkout.js")) {
            var script = new String(FakeRazorpay.class.getResourceAsStream("fake-checkout.js").readAllBytes(),
                    StandardCharsets.UTF_8);
            var bytes = script.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/javascript; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            return true;
        }
        if (!path.equals("/test/checkout")) {
            return false;
        }
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type");
        if (method.equals("OPTIONS")) {
            respond(exchange, 204, "");
            return true;
        }
        var options = json.readTree(body);
        checkoutOptions.add(options.toString());
        var orderId = options.path("order_id").asText();
        var outcome = checkoutOutcome;
        if (outcome == CheckoutOutcome.DISMISS) {
            respond(exchange, 200, json.writeValueAsString(map("outcome", "dismissed")));
            return true;
        }
        var paymentId = outcome == CheckoutOutcome.PAY ? pay(orderId) : fail(orderId);
        var triple = checkoutReturn(orderId, paymentId);
        respond(exchange, 200, json.writeValueAsString(map("outcome", outcome == CheckoutOutcome.PAY ? "paid"
                : "failed", "response", map("razorpay_order_id", triple.get(0), "razorpay_payment_id",
                triple.get(1), "razorpay_signature", triple.get(2)))));
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            answer(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up (a timeout in a test); the work is done, there is no one to answer.
        }
    }

    private void answer(HttpExchange exchange) throws IOException, InterruptedException {
        var method = exchange.getRequestMethod();
        var path = exchange.getRequestURI().getPath();
        var body = exchange.getRequestBody().readAllBytes();
        if (checkout(exchange, method, path, body)) {
            return;
        }
        requests.add(method + " " + path);
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        var script = scripted.poll();
        if (script != null && !script.stall().isZero()) {
            Thread.sleep(script.stall());
        }
        if (script != null && script.body() != null) {
            respond(exchange, script.status(), script.body());
            return;
        }
        Answer answer;
        try {
            answer = expectedAuthorization.equals(lastAuthorization)
                    ? route(method, path, body, exchange.getRequestHeaders().getFirst("X-Refund-Idempotency"))
                    : error(401, "Authentication failed");
        } catch (RuntimeException e) {
            // A bug in the fake shows as Razorpay's 500 rather than as a dropped connection.
            answer = error(500, e.toString());
        }
        respond(exchange, answer.status(), json.writeValueAsString(answer.body()));
    }

    private Answer route(String method, String path, byte[] body, String idempotencyKey) {
        Matcher m;
        if (method.equals("POST") && ORDERS.matcher(path).matches()) {
            return withJson(body, this::createOrder);
        }
        if (method.equals("GET") && (m = ORDER_PAYMENTS.matcher(path)).matches()) {
            return paymentsOf(m.group(1));
        }
        if (method.equals("GET") && (m = PAYMENT.matcher(path)).matches()) {
            var payment = payments.get(m.group(1));
            return payment == null ? doesNotExist() : ok(paymentJson(payment));
        }
        if (method.equals("POST") && (m = CAPTURE.matcher(path)).matches()) {
            var id = m.group(1);
            return withJson(body, request -> locked(() -> capture(id, request)));
        }
        if (method.equals("POST") && (m = REFUND.matcher(path)).matches()) {
            var id = m.group(1);
            return withJson(body, request -> locked(() -> refund(id, request, idempotencyKey)));
        }
        if (method.equals("GET") && (m = PAYMENT_REFUND.matcher(path)).matches()) {
            var refund = refunds.get(m.group(2));
            return refund == null || !refund.paymentId().equals(m.group(1)) ? doesNotExist() : ok(refundJson(refund));
        }
        return error(404, "The requested URL was not found on the server.");
    }

    private Answer createOrder(JsonNode request) {
        var amount = request.path("amount");
        var currency = request.path("currency").asText("");
        var receipt = request.path("receipt").isTextual() ? request.path("receipt").textValue() : null;
        if (!amount.isIntegralNumber() || amount.longValue() < 100) {
            return error(400, "The amount must be at least INR 1.00");
        }
        if (!currency.matches("[A-Z]{3}")) {
            return error(400, "The currency field is invalid.");
        }
        if (receipt != null && receipt.length() > 40) {
            return error(400, "The receipt may not be greater than 40 characters.");
        }
        var notes = new LinkedHashMap<String, String>();
        request.path("notes").properties().forEach(note -> notes.put(note.getKey(), note.getValue().asText()));
        if (notes.size() > 15) {
            return error(400, "Number of notes fields cannot exceed 15.");
        }
        var order = new OrderState(newId("order_"), amount.longValue(), currency, receipt, Map.copyOf(notes),
                "created", 0);
        orders.put(order.id(), order);
        ordersCreated.incrementAndGet();
        return ok(orderJson(order));
    }

    private Answer paymentsOf(String orderId) {
        if (!orders.containsKey(orderId)) {
            return doesNotExist();
        }
        var items = payments.values().stream().filter(p -> orderId.equals(p.orderId()))
                .map(this::paymentJson).toList();
        return ok(map("entity", "collection", "count", items.size(), "items", items));
    }

    private Answer capture(String paymentId, JsonNode request) {
        var payment = payments.get(paymentId);
        if (payment == null) {
            return doesNotExist();
        }
        if (!payment.status().equals("authorized")) {
            return error(400, payment.status().equals("failed")
                    ? "Only payments which have been authorized and not yet captured can be captured"
                    : "This payment has already been captured");
        }
        if (!request.path("amount").isIntegralNumber() || request.path("amount").longValue() != payment.amount()) {
            return error(400, "Capture amount must be equal to the amount authorized");
        }
        if (!payment.currency().equals(request.path("currency").asText(""))) {
            return error(400, "Currency should be same as payment currency");
        }
        var captured = payment.withStatus("captured");
        payments.put(paymentId, captured);
        orderSees(captured, false);
        return ok(paymentJson(captured));
    }

    private Answer refund(String paymentId, JsonNode request, String idempotencyKey) {
        var payment = payments.get(paymentId);
        if (payment == null) {
            return doesNotExist();
        }
        var refundable = payment.amount() - payment.amountRefunded();
        var amount = request.has("amount") ? request.path("amount").asLong(-1) : refundable;
        if (idempotencyKey != null) {
            if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
                return error(400, "The idempotency key must be at least 10 characters of letters, digits, - and _.");
            }
            var earlier = refundsByKey.get(idempotencyKey);
            if (earlier != null) {
                return earlier.paymentId().equals(paymentId) && earlier.amount() == amount
                        ? ok(refundJson(refunds.get(earlier.refundId())))
                        : error(400, "Different request with the same idempotency key has already been processed.");
            }
        }
        if (!payment.status().equals("captured")) {
            return error(400, payment.status().equals("refunded") ? "The payment has been fully refunded already"
                    : "Only captured payments can be refunded");
        }
        if (amount < 100) {
            return error(400, "The amount must be at least INR 1.00");
        }
        if (amount > refundable) {
            return error(400, "The refund amount provided is greater than amount captured");
        }
        var refund = new RefundState(newId("rfnd_"), paymentId, amount, payment.currency(), "pending");
        refunds.put(refund.id(), refund);
        payments.put(paymentId, payment.withRefunded(payment.amountRefunded() + amount));
        if (idempotencyKey != null) {
            refundsByKey.put(idempotencyKey, new RefundRequest(paymentId, amount, refund.id()));
        }
        return ok(refundJson(refund));
    }

    private String attempt(OrderState order, long amount, String currency, String status) {
        return locked(() -> {
            var failed = status.equals("failed");
            var payment = new PaymentState(newId("pay_"), order.id(), amount, currency, status, 0,
                    failed ? "BAD_REQUEST_ERROR" : null,
                    failed ? "Payment processing failed due to error at bank or wallet gateway" : null);
            payments.put(payment.id(), payment);
            orderSees(payment, true);
            return payment.id();
        });
    }

    // An attempt makes the order "attempted"; a capture of exactly the order's amount makes it "paid".
    private void orderSees(PaymentState payment, boolean newAttempt) {
        orders.computeIfPresent(payment.orderId(), (id, order) -> {
            var paid = order.status().equals("paid") || payment.status().equals("captured")
                    && payment.amount() == order.amount() && payment.currency().equals(order.currency());
            return new OrderState(id, order.amount(), order.currency(), order.receipt(), order.notes(),
                    paid ? "paid" : "attempted", order.attempts() + (newAttempt ? 1 : 0));
        });
    }

    private void settleRefund(String refundId, String status) {
        locked(() -> {
            var refund = refunds.get(refundId);
            if (refund == null || !refund.status().equals("pending")) {
                throw new IllegalStateException("no pending refund " + refundId);
            }
            refunds.put(refundId, new RefundState(refundId, refund.paymentId(), refund.amount(), refund.currency(),
                    status));
            if (status.equals("failed")) {
                var payment = payments.get(refund.paymentId());
                payments.put(payment.id(), payment.withRefunded(payment.amountRefunded() - refund.amount()));
            }
            return null;
        });
    }

    private OrderState existingOrder(String orderId) {
        var order = orders.get(orderId);
        if (order == null) {
            throw new IllegalArgumentException("the fake has no order " + orderId);
        }
        return order;
    }

    private <T> T locked(Supplier<T> work) {
        ledger.lock();
        try {
            return work.get();
        } finally {
            ledger.unlock();
        }
    }

    private Answer withJson(byte[] body, Function<JsonNode, Answer> work) {
        try {
            var request = json.readTree(body);
            return request != null && request.isObject() ? work.apply(request)
                    : error(400, "The request body must be a JSON object.");
        } catch (IOException e) {
            return error(400, "The request body must be a JSON object.");
        }
    }

    private Map<String, Object> orderJson(OrderState o) {
        var paid = o.status().equals("paid") ? o.amount() : 0;
        return map("id", o.id(), "entity", "order", "amount", o.amount(), "amount_paid", paid,
                "amount_due", o.amount() - paid, "currency", o.currency(), "receipt", o.receipt(), "offer_id", null,
                "status", o.status(), "attempts", o.attempts(), "notes", notesJson(o.notes()),
                "created_at", createdAt(o.id()));
    }

    private Map<String, Object> paymentJson(PaymentState p) {
        var refundStatus = p.amountRefunded() == 0 ? null : p.amountRefunded() == p.amount() ? "full" : "partial";
        var failed = p.status().equals("failed");
        return map("id", p.id(), "entity", "payment", "amount", p.amount(), "currency", p.currency(),
                "status", p.status(), "order_id", p.orderId(), "invoice_id", null, "international", false,
                "method", "upi", "amount_refunded", p.amountRefunded(), "refund_status", refundStatus,
                "captured", p.status().equals("captured") || p.status().equals("refunded"), "description", null,
                "vpa", "success@razorpay", "email", "void@razorpay.com", "contact", "+919000090000", "notes", List.of(),
                "fee", null, "tax", null, "error_code", p.errorCode(), "error_description", p.errorDescription(),
                "error_source", failed ? "bank" : null, "error_step", failed ? "payment_authorization" : null,
                "error_reason", failed ? "payment_failed" : null, "created_at", createdAt(p.id()));
    }

    private Map<String, Object> refundJson(RefundState r) {
        return map("id", r.id(), "entity", "refund", "amount", r.amount(), "currency", r.currency(),
                "payment_id", r.paymentId(), "notes", List.of(), "receipt", null, "acquirer_data", map("arn", null),
                "created_at", createdAt(r.id()), "batch_id", null, "status", r.status(), "speed_processed", "normal",
                "speed_requested", "normal");
    }

    // Razorpay's PHP roots show: empty notes come back as [] rather than {}.
    private static Object notesJson(Map<String, String> notes) {
        return notes.isEmpty() ? List.of() : notes;
    }

    private static Answer ok(Object body) {
        return new Answer(200, body);
    }

    private static Answer doesNotExist() {
        return error(400, "The id provided does not exist");
    }

    private static Answer error(int status, String description) {
        return new Answer(status, map("error", map("code", status < 500 ? "BAD_REQUEST_ERROR" : "SERVER_ERROR",
                "description", description, "source", "NA", "step", "NA", "reason", "NA",
                "metadata", Map.of())));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    // Keys and values alternate; unlike Map.of it keeps Razorpay's field order and allows nulls.
    private static Map<String, Object> map(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (var i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private long createdAt(String id) {
        return createdAt.getOrDefault(id, 0L);
    }

    private String newId(String prefix) {
        var random = ThreadLocalRandom.current();
        var id = new StringBuilder(prefix);
        for (var i = 0; i < 14; i++) {
            id.append(ALPHANUMERICS.charAt(random.nextInt(ALPHANUMERICS.length())));
        }
        createdAt.put(id.toString(), System.currentTimeMillis() / 1000);
        return id.toString();
    }
}
