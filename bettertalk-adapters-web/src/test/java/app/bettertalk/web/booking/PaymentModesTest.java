package app.bettertalk.web.booking;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookingStatus;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the booking page offers, and what paying does, on servers whose payments are not simulated. */
class PaymentModesTest {

    @Test
    void a_refused_payment_shows_the_booking_with_the_reason() {
        try (var site = TestSite.withPayments(PaymentsOff.gateway())) {
            var booking = pendingBooking(site);
            var asha = site.signedInAs(booking.user());
            asha.get("/bookings/" + booking.id());

            var page = asha.postForm("/bookings/" + booking.id() + "/pay");

            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains("id=\"payment-error\"")
                    .contains("Payments are off: payments are not set up on this server yet.")
                    .contains("Awaiting payment");
            assertThat(site.stores.bookings().byId(booking.id()).orElseThrow().status())
                    .isEqualTo(BookingStatus.PENDING);
        }
    }

    @Test
    void without_development_mode_the_booking_page_says_payments_are_not_available_yet() {
        try (var site = TestSite.withoutDevLogin()) {
            var booking = pendingBooking(site);
            var asha = site.signedInAs(booking.user());

            var page = asha.get("/bookings/" + booking.id());

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"payments-unavailable\"").doesNotContain("(simulated)")
                    .contains("action=\"/bookings/" + booking.id() + "/cancel\"");
        }
    }

    @Test
    void without_development_mode_there_is_no_simulated_payment_to_post() {
        try (var site = TestSite.withoutDevLogin()) {
            var booking = pendingBooking(site);
            var asha = site.signedInAs(booking.user());
            asha.get("/bookings/" + booking.id());

            var page = asha.postForm("/bookings/" + booking.id() + "/pay");

            assertThat(page.status()).isEqualTo(404);
            assertThat(site.stores.bookings().byId(booking.id()).orElseThrow().status())
                    .isEqualTo(BookingStatus.PENDING);
        }
    }

    /** Asha's pending booking of Ravi's 7-day plan, made through the core: no development sign-in needed. */
    private static Booking pendingBooking(TestSite site) {
        var ravi = onboarded(site, "ravi_k", "1");
        site.core.applyAsMentor().apply(new ApplyAsMentor.Command(ravi, new Mentor.Details("Listener",
                "I listen.", List.of("anxiety"), List.of("English"), 3)));
        site.core.verifyMentor().verify(new VerifyMentor.Command(Actor.operator(), ravi.id(), true));
        var plan = site.core.createPlan().create(new CreatePlan.Command(site.core.identifyActor().identify(ravi.id()),
                new Plan.Terms("Seven days", "", Paise.ofRupees(499), 0, 7)));
        var asha = onboarded(site, "asha", "2");
        return site.core.bookPlan().book(new BookPlan.Command(asha, plan.id()));
    }

    private static Actor onboarded(TestSite site, String username, String n) {
        var user = site.core.signIn().signIn(new SignIn.Command(new GoogleSubject("google-" + n),
                new EmailAddress(username + "@example.com"), username)).user();
        site.core.completeOnboarding().complete(new CompleteOnboarding.Command(user.asActor(), "98765 4321" + n,
                "30", username, Consent.CURRENT));
        return site.core.identifyActor().identify(user.id());
    }
}
