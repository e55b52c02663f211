package app.bettertalk.web.razorpay;

import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookingStatus;
import app.bettertalk.core.booking.ReconcilePayments;
import app.bettertalk.core.booking.Refund;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.notification.InMemoryOutbox;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Cancelling and refunding paid bookings through Razorpay, against a fake Razorpay that keeps refunds as state. */
class RazorpayRefundTest {
    private static final Pattern ORDER = Pattern.compile("data-order=\"(order_[A-Za-z0-9]+)\"");

    private FakeRazorpay razorpay;
    private TestSite site;
    private Browser asha;
    private Browser ravi;
    private Booking booking;
    private String paymentId;
    private String chat;

    @BeforeEach
    void payForABooking() {
        razorpay = new FakeRazorpay();
        site = TestSite.withRazorpay(razorpay);
        ravi = site.mentorWithPlan("ravi_k", 7);
        asha = site.member("asha");
        var actor = site.core.identifyActor().identify(asha.userId(site.stores));
        var plan = site.stores.plans().ofMentor(ravi.userId(site.stores)).getFirst();
        booking = site.core.bookPlan().book(new BookPlan.Command(actor, plan.id()));
        var found = ORDER.matcher(asha.get("/bookings/" + booking.id()).body());
        assertThat(found.find()).isTrue();
        paymentId = razorpay.pay(found.group(1));
        var landed = asha.postForm("/payments/razorpay/verify", "razorpay_order_id", found.group(1),
                "razorpay_payment_id", paymentId, "razorpay_signature",
                razorpay.checkoutReturn(found.group(1), paymentId).get(2));
        assertThat(landed.location()).startsWith("/chat/");
        chat = landed.location().substring("/chat/".length());
    }

    @AfterEach
    void closeSite() {
        site.close();
        razorpay.close();
    }

    @Test
    void the_member_cancels_from_the_booking_page_and_razorpay_refunds_the_full_price_once() {
        var page = asha.get("/bookings/" + booking.id());
        assertThat(page.body()).contains("id=\"refund-form\"").contains("Cancel for a refund")
                .contains("before your mentor's first reply");

        var cancelled = asha.postForm("/bookings/" + booking.id() + "/refund", "confirm", "yes");
        var again = asha.postForm("/bookings/" + booking.id() + "/refund", "confirm", "yes");

        assertThat(cancelled.status()).isEqualTo(303);
        assertThat(again.status()).isEqualTo(303);
        assertThat(status()).isEqualTo(BookingStatus.REFUNDED);
        assertThat(razorpay.refundsOf(paymentId)).singleElement().satisfies(refund -> {
            assertThat(refund.amount()).isEqualTo(booking.price().value());
            assertThat(refund.status()).isEqualTo("pending");
        });
        assertThat(razorpay.requests()).filteredOn(request -> request.endsWith("/refund")).hasSize(1);
        var after = asha.get("/bookings/" + booking.id());
        assertThat(after.body()).contains("Cancelled and refunded").contains("Refund of ₹499: on its way")
                .doesNotContain("id=\"refund-form\"").doesNotContain("id=\"chat-link\"");
        assertThat(((InMemoryOutbox) site.stores.outbox()).emails(Email.BookingRefunded.class)).hasSize(2);
        var thread = site.stores.chatThreads().byId(ChatId.parse(chat)).orElseThrow();
        assertThat(thread.acceptsMessagesAt(site.clock.instant())).as("its days came off").isFalse();
    }

    @Test
    void the_refund_webhook_marks_it_done_and_a_late_failure_report_changes_nothing() {
        asha.postForm("/bookings/" + booking.id() + "/refund", "confirm", "yes");
        var refundId = razorpay.refundsOf(paymentId).getFirst().id();
        razorpay.processRefund(refundId);
        var processed = razorpay.refundWebhook("refund.processed", refundId);

        assertThat(webhook(processed, "evt_r1").body()).contains("recorded");
        assertThat(webhook(processed, "evt_r1").body()).contains("duplicate");
        var lateFailure = processed.replace("\"refund.processed\"", "\"refund.failed\"");
        assertThat(webhook(lateFailure, "evt_r2").body()).contains("already_further");

        assertThat(refund().state()).isEqualTo(Refund.State.PROCESSED);
        assertThat(asha.get("/bookings/" + booking.id()).body()).contains("Refund of ₹499: done");
    }

    @Test
    void a_refund_webhook_with_a_bad_signature_changes_nothing() {
        asha.postForm("/bookings/" + booking.id() + "/refund", "confirm", "yes");
        var refundId = razorpay.refundsOf(paymentId).getFirst().id();
        razorpay.processRefund(refundId);

        var forged = webhook(razorpay.refundWebhook("refund.processed", refundId), "evt_f", "00" + "ab".repeat(31));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(refund().state()).isEqualTo(Refund.State.PENDING);
    }

    @Test
    void a_refund_request_that_timed_out_is_asked_again_with_the_same_key_and_refunds_once() {
        // Razorpay carries the request out but answers after the client has stopped listening.
        razorpay.stallNext(Duration.ofSeconds(7));
        var cancelled = asha.postForm("/bookings/" + booking.id() + "/refund", "confirm", "yes");
        assertThat(cancelled.status()).isEqualTo(303);
        assertThat(refund().state()).isEqualTo(Refund.State.REQUESTED);
        assertThat(refund().lastError()).contains("did not answer");
        assertThat(asha.get("/bookings/" + booking.id()).body()).contains("Refund of ₹499: requested");

        site.clock.advance(Duration.ofMinutes(2));
        var report = reconcile();

        assertThat(report.refundsAsked()).isEqualTo(1);
        assertThat(refund().state()).isEqualTo(Refund.State.PENDING);
        assertThat(razorpay.refundsOf(paymentId)).hasSize(1);
    }

    @Test
    void a_409_from_razorpay_is_retried_later() {
        razorpay.failNext(409, "{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"Request is being "
                + "processed\"}}");
        asha.postForm("/bookings/" + booking.id() + "/refund", "confirm", "yes");
        assertThat(refund().state()).isEqualTo(Refund.State.REQUESTED);
        assertThat(refund().lastError()).contains("409");

        site.clock.advance(Duration.ofMinutes(2));
        reconcile();
        razorpay.processRefund(razorpay.refundsOf(paymentId).getFirst().id());
        site.clock.advance(Duration.ofMinutes(16));
        var report = reconcile();

        assertThat(report.refundsProcessed()).isEqualTo(1);
        assertThat(refund().state()).isEqualTo(Refund.State.PROCESSED);
        assertThat(razorpay.refundsOf(paymentId)).hasSize(1);
    }

    @Test
    void after_the_mentor_has_replied_the_member_cannot_cancel_but_the_mentor_can_refund() {
        var mentor = site.core.identifyActor().identify(ravi.userId(site.stores));
        site.core.sendMessage().send(new SendMessage.Command(mentor, ChatId.parse(chat), "r1", "I am here for you"));

        var page = asha.get("/bookings/" + booking.id());
        var refused = asha.postForm("/bookings/" + booking.id() + "/refund", "confirm", "yes");

        assertThat(page.body()).doesNotContain("id=\"refund-form\"").contains("can no longer be cancelled");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("can no longer be cancelled for a refund");
        assertThat(status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(razorpay.refundsOf(paymentId)).isEmpty();

        var mentorPage = ravi.get("/bookings/" + booking.id());
        assertThat(mentorPage.body()).contains("Refund this booking").contains("Refunding gives asha the full ₹499");
        var refunded = ravi.postForm("/bookings/" + booking.id() + "/refund", "confirm", "yes");
        assertThat(refunded.status()).isEqualTo(303);
        assertThat(refund().reason()).isEqualTo(Refund.Reason.REFUNDED_BY_MENTOR);
    }

    @Test
    void an_unticked_confirmation_or_a_stranger_refunds_nothing() {
        var unticked = asha.postForm("/bookings/" + booking.id() + "/refund");
        var meera = site.member("meera");
        meera.get("/bookings");
        var stranger = meera.postForm("/bookings/" + booking.id() + "/refund", "confirm", "yes");

        assertThat(unticked.status()).isEqualTo(400);
        assertThat(unticked.body()).contains("Tick the box");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(razorpay.refundsOf(paymentId)).isEmpty();
    }

    @Test
    void the_api_refunds_and_says_where_the_refund_stands() {
        var answer = asha.json("POST", "/api/v1/bookings/" + booking.id() + "/refund", "{}");

        assertThat(answer.status()).isEqualTo(200);
        var json = answer.json();
        assertThat(json.path("booking").path("status").asText()).isEqualTo("refunded");
        assertThat(json.path("booking").path("state").asText()).isEqualTo("refunded");
        assertThat(json.path("refund").path("state").asText()).isEqualTo("pending");
        assertThat(json.path("refund").path("amount").path("paise").asLong()).isEqualTo(49_900);
        assertThat(json.path("refund").path("reason").asText()).isEqualTo("cancelled_by_member");
        assertThat(answer.body()).doesNotContain(paymentId);
    }

    private BookingStatus status() {
        return site.stores.bookings().byId(booking.id()).orElseThrow().status();
    }

    private Refund refund() {
        return site.stores.paymentLedger().refundsOf(booking.id()).getFirst();
    }

    private ReconcilePayments.Report reconcile() {
        return site.core.reconcilePayments().reconcile(new ReconcilePayments.Command(
                ReconcilePayments.Command.QUIET_FOR, ReconcilePayments.Command.PAY_WITHIN, 100));
    }

    private HttpResponse<String> webhook(String body, String eventId) {
        return webhook(body, eventId, FakeRazorpay.webhookSignature(body));
    }

    private HttpResponse<String> webhook(String body, String eventId, String signature) {
        var request = HttpRequest.newBuilder(URI.create(site.baseUrl + RazorpayRoutes.WEBHOOK))
                .header("Content-Type", "application/json").header("X-Razorpay-Event-Id", eventId)
                .header("X-Razorpay-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(body));
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
