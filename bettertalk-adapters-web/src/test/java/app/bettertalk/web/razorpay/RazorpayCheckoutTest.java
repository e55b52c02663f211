package app.bettertalk.web.razorpay;

import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookingStatus;
import app.bettertalk.core.booking.PaymentRecord;
import app.bettertalk.core.booking.ReconcilePayments;
import app.bettertalk.core.notification.InMemoryOutbox;
import app.bettertalk.core.shared.UserId;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Paying a booking through Razorpay, against a fake Razorpay that keeps orders and payments and signs like it. */
class RazorpayCheckoutTest {
    private static final Pattern ORDER = Pattern.compile("data-order=\"(order_[A-Za-z0-9]+)\"");

    private FakeRazorpay razorpay;
    private TestSite site;
    private Browser asha;
    private Booking booking;
    private UserId ravi;

    @BeforeEach
    void openSite() {
        razorpay = new FakeRazorpay();
        site = TestSite.withRazorpay(razorpay);
        ravi = site.mentorWithPlan("ravi_k", 7).userId(site.stores);
        asha = site.member("asha");
        booking = book(asha);
    }

    @AfterEach
    void closeSite() {
        site.close();
        razorpay.close();
    }

    @Test
    void the_booking_page_opens_one_order_for_the_stored_price_and_shows_it_again_on_reload() {
        var page = asha.get("/bookings/" + booking.id());
        var again = asha.get("/bookings/" + booking.id());

        assertThat(page.status()).isEqualTo(200);
        var orderId = orderOn(page.body());
        assertThat(orderOn(again.body())).isEqualTo(orderId);
        assertThat(razorpay.ordersCreated()).isEqualTo(1);
        var order = razorpay.order(orderId).orElseThrow();
        assertThat(order.amount()).isEqualTo(booking.price().value());
        assertThat(order.currency()).isEqualTo("INR");
        assertThat(order.receipt()).isEqualTo(booking.id().toString());
        assertThat(order.notes()).containsEntry("booking_id", booking.id().toString());
        assertThat(page.body()).contains("data-key=\"" + FakeRazorpay.KEY_ID + "\"")
                .contains("data-amount=\"49900\"").contains("data-prefill-name=\"asha\"")
                .contains("src=\"" + razorpay.checkoutUrl() + "\"").doesNotContain("(simulated)")
                .doesNotContain(FakeRazorpay.KEY_SECRET).doesNotContain("@example.com").doesNotContain("98765");
    }

    @Test
    void only_the_payment_page_widens_its_content_security_policy_to_razorpay() {
        var payment = asha.get("/bookings/" + booking.id()).header("Content-Security-Policy");
        var other = asha.get("/profile").header("Content-Security-Policy");

        assertThat(payment).contains("script-src 'self' " + origin(razorpay.url()))
                .contains("frame-src " + origin(razorpay.url()))
                .contains("connect-src 'self' " + origin(razorpay.url()))
                .contains("form-action 'self'");
        assertThat(other).contains("script-src 'self';").doesNotContain(origin(razorpay.url()));
    }

    @Test
    void a_signed_return_for_a_captured_payment_confirms_the_booking_and_lands_in_the_chat() {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());
        var triple = razorpay.checkoutReturn(orderId, razorpay.pay(orderId));

        var landed = verify(asha, triple);

        assertThat(landed.status()).isEqualTo(303);
        assertThat(landed.location()).startsWith("/chat/");
        assertThat(status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(site.stores.paymentLedger().ofBooking(booking.id()).orElseThrow().state())
                .isEqualTo(PaymentRecord.State.PAID);
        assertThat(verify(asha, triple).location()).isEqualTo(landed.location());
    }

    @Test
    void an_authorized_payment_is_captured_before_the_booking_is_confirmed() {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());
        var paymentId = razorpay.authorize(orderId);

        var landed = verify(asha, razorpay.checkoutReturn(orderId, paymentId));

        assertThat(landed.status()).isEqualTo(303);
        assertThat(razorpay.payment(paymentId).orElseThrow().status()).isEqualTo("captured");
        assertThat(status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void one_character_changed_in_the_signature_confirms_nothing() {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());
        var triple = new ArrayList<>(razorpay.checkoutReturn(orderId, razorpay.pay(orderId)));
        var signature = triple.get(2);
        triple.set(2, (signature.charAt(0) == 'a' ? "b" : "a") + signature.substring(1));

        var refused = verify(asha, triple);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("could not verify that payment");
        assertThat(status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void a_payment_of_another_order_of_the_same_member_confirms_neither() {
        var cheap = orderOn(asha.get("/bookings/" + booking.id()).body());
        var other = book(asha);
        var dear = orderOn(asha.get("/bookings/" + other.id()).body());
        var paid = razorpay.pay(cheap);

        var swapped = verify(asha, List.of(dear, paid, razorpay.checkoutReturn(cheap, paid).get(2)));
        var signedForTheOther = verify(asha, razorpay.checkoutReturn(dear, paid));

        assertThat(swapped.status()).isEqualTo(400);
        assertThat(signedForTheOther.status()).isEqualTo(400);
        assertThat(site.stores.bookings().byId(other.id()).orElseThrow().status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void another_members_order_is_not_found() {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());
        var meera = site.member("meera");
        meera.get("/profile");

        var page = verify(meera, razorpay.checkoutReturn(orderId, razorpay.pay(orderId)));

        assertThat(page.status()).isEqualTo(404);
        assertThat(status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void a_payment_of_less_than_the_price_or_in_another_currency_confirms_nothing() {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());

        var less = verify(asha, razorpay.checkoutReturn(orderId, razorpay.pay(orderId, 100, "INR")));
        var dollars = verify(asha, razorpay.checkoutReturn(orderId, razorpay.pay(orderId, 49_900, "USD")));

        assertThat(less.status()).isEqualTo(400);
        assertThat(dollars.status()).isEqualTo(400);
        assertThat(status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void going_straight_to_the_return_without_paying_confirms_nothing() {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());

        var madeUp = verify(asha, razorpay.checkoutReturn(orderId, "pay_NeverMade0000"));
        var unsigned = verify(asha, List.of(orderId, "pay_NeverMade0000", "0".repeat(64)));
        var empty = asha.postForm("/payments/razorpay/verify");

        assertThat(madeUp.status()).isEqualTo(400);
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(status()).isEqualTo(BookingStatus.PENDING);
        assertThat(asha.postForm("/bookings/" + booking.id() + "/pay").status()).isEqualTo(404);
    }

    @Test
    void a_webhook_with_a_bad_or_missing_signature_is_refused_and_changes_nothing() {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());
        var body = razorpay.webhook("payment.captured", razorpay.pay(orderId));

        var forged = webhook(body, "evt_1", FakeRazorpay.webhookSignature(body + " "));
        var missing = webhook(body, "evt_1", null);

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void the_same_webhook_three_times_at_once_confirms_once_with_one_set_of_emails() throws Exception {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());
        var body = razorpay.webhook("payment.captured", razorpay.pay(orderId));
        var emailsBefore = emails();

        Callable<HttpResponse<String>> delivery = () -> webhook(body, "evt_3x");
        var answers = all(List.of(delivery, delivery, delivery));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(answers).extracting(HttpResponse::body).filteredOn(text -> text.contains("confirmed"))
                .hasSize(1);
        assertThat(status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(emails()).isEqualTo(emailsBefore + 3);
    }

    @Test
    void the_payers_return_racing_the_webhook_confirms_once() throws Exception {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());
        var paymentId = razorpay.pay(orderId);
        var body = razorpay.webhook("order.paid", paymentId);
        var emailsBefore = emails();

        var answers = all(List.<Callable<Object>>of(() -> verify(asha, razorpay.checkoutReturn(orderId, paymentId)),
                () -> webhook(body, "evt_race")));

        assertThat(((Browser.Page) answers.get(0)).status()).isEqualTo(303);
        assertThat(status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(emails()).isEqualTo(emailsBefore + 3);
        var chat = site.stores.chatThreads().ofPair(booking.user(), booking.mentor()).orElseThrow();
        assertThat(chat.endsAt()).isEqualTo(site.clock.instant().plus(Duration.ofDays(7)));
    }

    @Test
    void a_captured_webhook_before_the_authorized_one_confirms_and_the_late_one_changes_nothing() {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());
        var paymentId = razorpay.pay(orderId);
        var captured = razorpay.webhook("payment.captured", paymentId);
        var authorized = captured.replace("\"status\":\"captured\"", "\"status\":\"authorized\"")
                .replace("payment.captured", "payment.authorized");

        assertThat(webhook(captured, "evt_c").body()).contains("confirmed");
        assertThat(webhook(authorized, "evt_a").body()).contains("not_yet_paid");
        assertThat(status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void a_webhook_for_an_order_that_is_not_ours_is_acknowledged_and_changes_nothing() {
        try (var elsewhere = new FakeRazorpay()) {
            var stranger = elsewhere.pay(elsewhere.client(Duration.ofSeconds(5))
                    .createOrder(100, "INR", "x", Map.of()).id());
            var body = elsewhere.webhook("payment.captured", stranger);

            var answer = webhook(body, "evt_stranger");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("unknown_order");
        }
    }

    @Test
    void a_failed_payment_leaves_the_booking_awaiting_payment_and_the_page_says_so() {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());
        var body = razorpay.webhook("payment.failed", razorpay.fail(orderId));

        assertThat(webhook(body, "evt_f").body()).contains("failure_recorded");

        var page = asha.get("/bookings/" + booking.id());
        assertThat(status()).isEqualTo(BookingStatus.PENDING);
        assertThat(page.body()).contains("Your last payment attempt did not go through").contains("id=\"pay\"");
    }

    @Test
    void a_missed_webhook_is_repaired_by_reconciliation() {
        var orderId = orderOn(asha.get("/bookings/" + booking.id()).body());
        razorpay.pay(orderId);
        site.clock.advance(Duration.ofMinutes(16));

        var report = site.core.reconcilePayments().reconcile(new ReconcilePayments.Command(
                ReconcilePayments.Command.QUIET_FOR, ReconcilePayments.Command.PAY_WITHIN, 100));

        assertThat(report.confirmed()).isEqualTo(1);
        assertThat(status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void when_razorpay_fails_the_page_says_so_and_the_next_visit_opens_the_order() {
        razorpay.failNext(500,
                "{\"error\":{\"code\":\"SERVER_ERROR\",\"description\":\"We are facing some trouble\"}}");

        var page = asha.get("/bookings/" + booking.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("The payment provider is having trouble").doesNotContain("data-order=");
        assertThat(ORDER.matcher(asha.get("/bookings/" + booking.id()).body()).find()).isTrue();
        assertThat(razorpay.ordersCreated()).isEqualTo(1);
    }

    private Booking book(Browser member) {
        var actor = site.core.identifyActor().identify(member.userId(site.stores));
        var plan = site.stores.plans().ofMentor(ravi).getFirst();
        return site.core.bookPlan().book(new BookPlan.Command(actor, plan.id()));
    }

    private BookingStatus status() {
        return site.stores.bookings().byId(booking.id()).orElseThrow().status();
    }

    private int emails() {
        return ((InMemoryOutbox) site.stores.outbox()).queued().size();
    }

    private static String orderOn(String page) {
        var found = ORDER.matcher(page);
        assertThat(found.find()).as("an order on the page").isTrue();
        return found.group(1);
    }

    private static Browser.Page verify(Browser member, List<String> triple) {
        return member.postForm("/payments/razorpay/verify", "razorpay_order_id", triple.get(0),
                "razorpay_payment_id", triple.get(1), "razorpay_signature", triple.get(2));
    }

    private HttpResponse<String> webhook(String body, String eventId) {
        return webhook(body, eventId, FakeRazorpay.webhookSignature(body));
    }

    private HttpResponse<String> webhook(String body, String eventId, String signature) {
        var request = HttpRequest.newBuilder(URI.create(site.baseUrl + RazorpayRoutes.WEBHOOK))
                .header("Content-Type", "application/json").header("X-Razorpay-Event-Id", eventId)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Razorpay-Signature", signature);
        }
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = pool.invokeAll(calls);
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static String origin(URI url) {
        return url.getScheme() + "://" + url.getHost() + ":" + url.getPort();
    }
}
