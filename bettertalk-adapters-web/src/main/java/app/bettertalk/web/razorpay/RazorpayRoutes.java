package app.bettertalk.web.razorpay;

import app.bettertalk.core.booking.CompleteCheckout;
import app.bettertalk.core.booking.GatewayPayment;
import app.bettertalk.core.booking.GatewayRefund;
import app.bettertalk.core.booking.SettlePayment;
import app.bettertalk.core.booking.SettleRefund;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.Requests;
import app.bettertalk.web.WebRefusal;
import app.bettertalk.web.WebSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Razorpay's two ways back to us: the member's browser returning from the checkout with a signed triple
 * ({@code POST /payments/razorpay/verify}), and Razorpay's signed webhooks ({@code POST /webhooks/razorpay}). Both
 * prove their origin by signature before anything is read, and both end in the same confirmation, so whichever
 * arrives first confirms the booking and the other finds it done. Registered only when Razorpay is configured.
 */
public final class RazorpayRoutes implements FeatureRoutes {
    public static final String WEBHOOK = "/webhooks/razorpay";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PAYMENT_EVENTS =
            Set.of("payment.authorized", "payment.captured", "payment.failed", "order.paid");
    private static final Set<String> REFUND_EVENTS = Set.of("refund.processed", "refund.failed");

    private final CompleteCheckout completeCheckout;
    private final SettlePayment settlePayment;
    private final SettleRefund settleRefund;
    private final WebSettings settings;

    public RazorpayRoutes(CompleteCheckout completeCheckout, SettlePayment settlePayment, SettleRefund settleRefund,
                          WebSettings settings) {
        this.completeCheckout = completeCheckout;
        this.settlePayment = settlePayment;
        this.settleRefund = settleRefund;
        this.settings = settings;
    }

    @Override
    public void register(JavalinConfig cfg) {
        if (settings.razorpay().isEmpty()) {
            return;
        }
        cfg.routes.post("/payments/razorpay/verify", this::verify);
        cfg.routes.post(WEBHOOK, this::webhook);
    }

    /**
     * The checkout's return: the signature must be Razorpay's over the stored order and the payment, and then the
     * core asks Razorpay itself before it confirms; the member lands in the chat.
     */
    void verify(Context ctx) {
        var orderId = Requests.form(ctx, "razorpay_order_id");
        var paymentId = Requests.form(ctx, "razorpay_payment_id");
        var signature = Requests.form(ctx, "razorpay_signature");
        if (orderId.isBlank() || paymentId.isBlank() || signature.isBlank()) {
            throw new WebRefusal(400, "malformed", "The payment window's answer is incomplete. Go back to your "
                    + "booking and try again.");
        }
        // Checked before anything is looked up; the core then finds the booking by this same order id, for its payer
        // only, and asks Razorpay whether the payment paid that stored order.
        if (!RazorpaySignatures.checkoutSignatureMatches(razorpay().keySecret(), orderId, paymentId, signature)) {
            throw unverified();
        }
        try {
            var confirmation = completeCheckout.complete(new CompleteCheckout.Command(Requests.actor(ctx), orderId,
                    paymentId));
            ctx.redirect("/chat/" + confirmation.chat().id(), HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation refused) {
            throw unverified();
        }
    }

    private static WebRefusal unverified() {
        return new WebRefusal(400, "payment_unverified", "We could not verify that payment, so the booking is not "
                + "confirmed. If money left your account, the booking confirms itself within about 15 minutes once "
                + "Razorpay reports the payment; otherwise go back to your booking and try again.");
    }

    /** A webhook: answered quickly (confirmation is a few statements; emails go through the outbox). */
    void webhook(Context ctx) {
        var body = ctx.bodyAsBytes();
        if (!RazorpaySignatures.webhookSignatureMatches(razorpay().webhookSecret(), body,
                ctx.header("X-Razorpay-Signature"))) {
            answer(ctx, 400, "bad_signature");
            return;
        }
        var eventId = ctx.header("X-Razorpay-Event-Id");
        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (IOException malformed) {
            answer(ctx, 400, "malformed");
            return;
        }
        var type = event.path("event").asText("");
        if (!PAYMENT_EVENTS.contains(type) && !REFUND_EVENTS.contains(type)) {
            answer(ctx, 200, "ignored");
            return;
        }
        if (eventId == null || eventId.isBlank()) {
            answer(ctx, 400, "missing_event_id");
            return;
        }
        var payload = event.path("payload");
        Enum<?> outcome;
        try {
            outcome = REFUND_EVENTS.contains(type)
                    ? settleRefund.settleEvent(eventId, type, refund(type, payload.path("refund").path("entity")))
                    : settlePayment.settleEvent(eventId, type, payment(payload.path("payment").path("entity")));
        } catch (DomainException.Validation | IllegalArgumentException | NullPointerException malformed) {
            answer(ctx, 400, "malformed");
            return;
        }
        answer(ctx, 200, outcome.name().toLowerCase(Locale.ROOT));
    }

    /** The refund an event is about; {@code refund.failed} means failed whatever its entity says. */
    private static GatewayRefund refund(String type, JsonNode entity) {
        var status = "refund.failed".equals(type) ? "failed" : entity.path("status").asText("");
        return RazorpayGateway.refund(new RazorpayApi.Refund(entity.path("id").asText(null),
                entity.path("payment_id").asText(null), entity.path("amount").asLong(-1), status));
    }

    private static GatewayPayment payment(JsonNode entity) {
        var orderId = entity.path("order_id");
        return new GatewayPayment(entity.path("id").asText(null), orderId.isTextual() ? orderId.asText() : "",
                RazorpayGateway.status(entity.path("status").asText("")), new Paise(entity.path("amount").asLong(-1)),
                entity.path("currency").asText("").toUpperCase(Locale.ROOT));
    }

    private static void answer(Context ctx, int status, String outcome) {
        ctx.status(status).json(Map.of("outcome", outcome));
    }

    private RazorpaySettings razorpay() {
        return settings.razorpay().orElseThrow();
    }
}
