package app.bettertalk.web.razorpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** A small client of Razorpay's REST API (orders, payments, captures, refunds), amounts in paise, statuses as given. */
public final class RazorpayApi {
    /** Razorpay's API host. */
    public static final URI PRODUCTION = URI.create("https://api.razorpay.com");
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    // Ids go into the path; anything but Razorpay's id alphabet could walk to another endpoint.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,64}");
    // Razorpay's rule for the key: at least 10 of letters, digits, '-' and '_'.
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{10,128}");
    private static final int DESCRIPTION_LIMIT = 300;

    private final String baseUrl;
    private final String keySecret;
    private final String authorization;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public RazorpayApi(URI baseUrl, String keyId, String keySecret) {
        this(baseUrl, keyId, keySecret, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    /** With the timeouts given, as tests do to see a stalled Razorpay in milliseconds. */
    public RazorpayApi(URI baseUrl, String keyId, String keySecret, Duration connectTimeout, Duration requestTimeout) {
        if (keyId == null || keyId.isBlank() || keySecret == null || keySecret.isBlank()) {
            throw new IllegalArgumentException("a Razorpay key id and key secret are required");
        }
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.keySecret = keySecret;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((keyId + ":" + keySecret).getBytes(StandardCharsets.UTF_8));
        this.requestTimeout = Objects.requireNonNull(requestTimeout);
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    /** An order of {@code amountPaise}; {@code notes} (at most 15) travel back in webhooks and the dashboard. */
    public Order createOrder(long amountPaise, String currency, String receipt, Map<String, String> notes) {
        var body = json.createObjectNode().put("amount", amountPaise).put("currency", currency);
        if (receipt != null) {
            body.put("receipt", receipt);
        }
        body.set("notes", json.valueToTree(notes == null ? Map.of() : notes));
        return call("POST", "/v1/orders", body, null, RazorpayApi::order);
    }

    /** The payment, or empty when Razorpay has none by that id. */
    public Optional<Payment> payment(String paymentId) {
        if (!isId(paymentId)) {
            return Optional.empty();
        }
        return unlessMissing(() -> call("GET", "/v1/payments/" + paymentId, null, null, RazorpayApi::payment));
    }

    /** Captures an authorized payment; the amount and currency must be the authorized ones. */
    public Payment capture(String paymentId, long amountPaise, String currency) {
        var body = json.createObjectNode().put("amount", amountPaise).put("currency", currency);
        return call("POST", "/v1/payments/" + id(paymentId) + "/capture", body, null, RazorpayApi::payment);
    }

    /** Every attempt to pay the order (authorized, captured, refunded or failed). */
    public List<Payment> paymentsOfOrder(String orderId) {
        return call("GET", "/v1/orders/" + id(orderId) + "/payments", null, null, collection -> {
            var items = collection.path("items");
            if (!items.isArray()) {
                throw new Malformed();
            }
            var payments = new ArrayList<Payment>();
            items.forEach(item -> payments.add(payment(item)));
            return List.copyOf(payments);
        });
    }

    /**
     * Refunds {@code amountPaise} of a captured payment. Razorpay answers a retry with the same {@code idempotencyKey}
     * and body with the first refund, so a caller that saw {@link RazorpayException.Kind#UNREACHABLE} retries with
     * the same key and cannot refund twice.
     */
    public Refund refund(String paymentId, long amountPaise, String idempotencyKey) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException("an idempotency key is 10 to 128 letters, digits, '-' or '_'");
        }
        var body = json.createObjectNode().put("amount", amountPaise);
        return call("POST", "/v1/payments/" + id(paymentId) + "/refund", body, idempotencyKey, RazorpayApi::refund);
    }

    /** The refund of that payment, or empty when Razorpay has none by those ids. */
    public Optional<Refund> refund(String paymentId, String refundId) {
        if (!isId(paymentId) || !isId(refundId)) {
            return Optional.empty();
        }
        return unlessMissing(() -> call("GET", "/v1/payments/" + paymentId + "/refunds/" + refundId, null, null,
                RazorpayApi::refund));
    }

    /** A Razorpay order; {@code status} is created, attempted or paid. */
    public record Order(String id, long amount, String currency, String receipt, String status) {
    }

    /** A payment attempt; {@code status} is created, authorized, captured, refunded or failed. */
    public record Payment(String id, String orderId, String status, long amount, String currency,
                          String errorDescription) {
    }

    /** A refund; {@code status} is pending, processed or failed. */
    public record Refund(String id, String paymentId, long amount, String status) {
    }

    /** Razorpay did not do what was asked; {@link #kind()} says whether asking again can help. */
    public static final class RazorpayException extends RuntimeException {
        /** How a call went wrong, as the caller must act on it. */
        public enum Kind {
            /**
             * No answer: no connection, a timeout or broken I/O. Razorpay may still have done it (a capture or a
             * refund), so look it up or retry with the same idempotency key rather than assume it failed.
             */
            UNREACHABLE,
            /** Razorpay answered 5xx (or a 2xx or 3xx that is not its JSON): retry later. */
            PROVIDER_ERROR,
            /** 409: Razorpay is still processing an earlier request like this one; retry later. */
            CONFLICT,
            /** Any other 4xx: Razorpay will not do it; {@link #code()} and {@link #description()} say why. */
            REFUSED
        }

        private final Kind kind;
        private final int status;
        private final String code;
        private final String description;

        RazorpayException(Kind kind, int status, String code, String description, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
            this.status = status;
            this.code = code;
            this.description = description;
        }

        public Kind kind() {
            return kind;
        }

        /** The HTTP status Razorpay answered with; 0 when it did not answer. */
        public int status() {
            return status;
        }

        /** Razorpay's {@code error.code}, such as BAD_REQUEST_ERROR. */
        public Optional<String> code() {
            return Optional.ofNullable(code);
        }

        /** Razorpay's {@code error.description}, such as "This payment has already been captured". */
        public Optional<String> description() {
            return Optional.ofNullable(description);
        }

        // Razorpay says "does not exist" with a 400 for ids it does not know, and 404 for some resources.
        boolean isMissing() {
            return kind == Kind.REFUSED && (status == 404 || status == 400 && "BAD_REQUEST_ERROR".equals(code)
                    && description != null && description.contains("does not exist"));
        }
    }

    private <T> T call(String method, String path, ObjectNode body, String idempotencyKey,
                       Function<JsonNode, T> read) {
        var what = method + " " + path;
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(requestTimeout)
                .header("Authorization", authorization).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        if (idempotencyKey != null) {
            request.header("X-Refund-Idempotency", idempotencyKey);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unreachable(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(what, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw refusal(what, response.statusCode(), response.body());
        }
        try {
            return read.apply(json.readTree(response.body()));
        } catch (IOException | Malformed e) {
            // The body may hold customer details; say only that it was not what we expected.
            throw new RazorpayException(RazorpayException.Kind.PROVIDER_ERROR, response.statusCode(), null, null,
                    "Razorpay answered " + what + " with " + response.statusCode() + " but not the expected JSON",
                    null);
        }
    }

    private static RazorpayException unreachable(String what, Exception cause) {
        return new RazorpayException(RazorpayException.Kind.UNREACHABLE, 0, null, null,
                "Razorpay did not answer " + what + " (" + cause.getClass().getSimpleName() + ")", cause);
    }

    private RazorpayException refusal(String what, int status, byte[] body) {
        String code = null;
        String description = null;
        try {
            var error = json.readTree(body).path("error");
            code = clean(error.path("code").textValue());
            description = clean(error.path("description").textValue());
        } catch (IOException | RuntimeException e) {
            // Not Razorpay's error JSON (a proxy's HTML page, say): the status alone must do.
        }
        // A 3xx is not Razorpay's API either (redirects are not followed), so it counts as Razorpay's trouble.
        var kind = status == 409 ? RazorpayException.Kind.CONFLICT
                : status >= 400 && status < 500 ? RazorpayException.Kind.REFUSED
                : RazorpayException.Kind.PROVIDER_ERROR;
        var said = code == null && description == null ? ""
                : ": " + Objects.requireNonNullElse(code, "") + " " + Objects.requireNonNullElse(description, "");
        return new RazorpayException(kind, status, code, description,
                "Razorpay answered " + what + " with " + status + said.stripTrailing(), null);
    }

    // Razorpay never echoes the secret, but the message ends up in logs, so it is cut out if it ever does.
    private String clean(String text) {
        if (text == null) {
            return null;
        }
        var cut = text.replace(keySecret, "[key secret]");
        return cut.length() <= DESCRIPTION_LIMIT ? cut : cut.substring(0, DESCRIPTION_LIMIT) + "...";
    }

    private static <T> Optional<T> unlessMissing(Supplier<T> lookUp) {
        try {
            return Optional.of(lookUp.get());
        } catch (RazorpayException e) {
            if (e.isMissing()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static String id(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("not a Razorpay id");
        }
        return id;
    }

    private static Order order(JsonNode node) {
        return new Order(text(node, "id"), amount(node), text(node, "currency"), optionalText(node, "receipt"),
                text(node, "status"));
    }

    private static Payment payment(JsonNode node) {
        return new Payment(text(node, "id"), optionalText(node, "order_id"), text(node, "status"), amount(node),
                text(node, "currency"), optionalText(node, "error_description"));
    }

    private static Refund refund(JsonNode node) {
        return new Refund(text(node, "id"), text(node, "payment_id"), amount(node), text(node, "status"));
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new Malformed();
        }
        return value.textValue();
    }

    private static String optionalText(JsonNode node, String field) {
        var value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }

    private static long amount(JsonNode node) {
        var value = node.path("amount");
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new Malformed();
        }
        return value.longValue();
    }

    /** A 2xx whose JSON lacks what Razorpay's entities always carry. */
    private static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
