package app.bettertalk.web;

import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookingStatus;
import app.bettertalk.web.razorpay.FakeRazorpay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying through Razorpay's checkout in a real browser, with the payment page's strict policy on: the checkout
 * script comes from the fake Razorpay's own origin, so a policy that did not allow it would leave nothing to click.
 */
class RazorpayBrowserTest {
    private static Chrome chrome;

    private final FakeRazorpay razorpay = new FakeRazorpay();
    private final TestSite site = TestSite.withRazorpay(razorpay);
    private Browser asha;
    private Booking booking;

    @BeforeAll
    static void startBrowser() {
        chrome = Chrome.start();
    }

    @AfterAll
    static void stopBrowser() {
        chrome.close();
    }

    @BeforeEach
    void book() {
        var ravi = site.mentorWithPlan("ravi_k", 7).userId(site.stores);
        asha = site.member("asha");
        var actor = site.core.identifyActor().identify(asha.userId(site.stores));
        booking = site.core.bookPlan().book(new BookPlan.Command(actor,
                site.stores.plans().ofMentor(ravi).getFirst().id()));
        chrome.on(site);
    }

    @AfterEach
    void stop() {
        // A page still loading (the checkout's return, say) would hold the site's graceful stop for ten seconds.
        chrome.leave();
        site.close();
        razorpay.close();
    }

    @Test
    void paying_in_the_checkout_confirms_the_booking_and_lands_in_the_chat() {
        var member = chrome.signedInLike(asha);
        member.open("/bookings/" + booking.id());
        member.screenshot("20-razorpay-checkout");

        member.find("#pay").click();
        member.waitUntil(ExpectedConditions.urlContains("/chat/"));

        assertThat(site.stores.bookings().byId(booking.id()).orElseThrow().status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(razorpay.checkoutOptions()).singleElement().satisfies(options -> assertThat(options)
                .contains("\"prefill\":{\"name\":\"asha\"}").contains("\"amount\":49900")
                .doesNotContain("email").doesNotContain("contact").doesNotContain(FakeRazorpay.KEY_SECRET));
    }

    @Test
    void closing_the_checkout_leaves_the_booking_awaiting_payment_and_says_so() {
        razorpay.checkoutOutcome(FakeRazorpay.CheckoutOutcome.DISMISS);
        var member = chrome.signedInLike(asha);
        member.open("/bookings/" + booking.id());

        member.find("#pay").click();
        var said = member.waitForText("#checkout-status", "not completed").getText();

        assertThat(said).contains("nothing was charged").contains("try again");
        assertThat(site.stores.bookings().byId(booking.id()).orElseThrow().status())
                .isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void a_failed_payment_says_so_and_can_be_tried_again() {
        razorpay.checkoutOutcome(FakeRazorpay.CheckoutOutcome.FAIL);
        var member = chrome.signedInLike(asha);
        member.open("/bookings/" + booking.id());

        member.find("#pay").click();
        member.waitForText("#checkout-status", "did not go through");
        razorpay.checkoutOutcome(FakeRazorpay.CheckoutOutcome.PAY);
        member.find("#pay").click();
        member.waitUntil(ExpectedConditions.urlContains("/chat/"));

        assertThat(site.stores.bookings().byId(booking.id()).orElseThrow().status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }
}
