package app.bettertalk.web.booking;

import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.BookingStatus;
import app.bettertalk.core.mentor.ChangePlanAvailability;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BookingPagesTest {
    private final TestSite site = new TestSite();
    private final Browser ravi = site.mentorWithPlan("ravi_k", 7);
    private final Plan plan = site.stores.plans().ofMentor(idOf(ravi)).getFirst();
    private final Browser asha = site.member("asha");

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_booking_summary_shows_the_plan_the_mentor_the_price_and_the_chat_validity() {
        var page = asha.get("/book/" + plan.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Booking summary").contains("7 days of chat")
                .contains("href=\"/mentor/" + idOf(ravi) + "\">ravi_k</a>").contains("₹499")
                .contains("30-minute live session").contains("action=\"/book/" + plan.id() + "\"")
                .contains("Continue to payment")
                .contains("Full refund if you cancel before your mentor's first reply");
    }

    @Test
    void the_mentors_own_plan_summary_offers_no_way_to_book_it_as_booking_it_is_refused() {
        var page = ravi.get("/book/" + plan.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"own-plan\"").doesNotContain("action=\"/book/" + plan.id() + "\"")
                .doesNotContain("Continue to payment");
    }

    @Test
    void continuing_to_payment_makes_a_pending_booking_and_shows_its_page() {
        asha.get("/book/" + plan.id());

        var booked = asha.postForm("/book/" + plan.id());

        var booking = onlyBookingOf(asha);
        assertThat(booked.status()).isEqualTo(303);
        assertThat(booked.location()).isEqualTo("/bookings/" + booking.id());
        assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void a_pending_booking_offers_the_simulated_payment_and_cancelling_in_development_mode() {
        var booking = book(asha);

        var page = asha.get("/bookings/" + booking.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Awaiting payment").contains("Pay ₹499 (simulated)")
                .contains("action=\"/bookings/" + booking.id() + "/pay\"")
                .contains("action=\"/bookings/" + booking.id() + "/cancel\"").doesNotContain("id=\"chat-link\"");
    }

    @Test
    void paying_goes_straight_to_the_chat() {
        var booking = book(asha);
        asha.get("/bookings/" + booking.id());

        var paid = asha.postForm("/bookings/" + booking.id() + "/pay");

        var chat = site.stores.chatThreads().ofPair(idOf(asha), idOf(ravi)).orElseThrow();
        assertThat(paid.status()).isEqualTo(303);
        assertThat(paid.location()).isEqualTo("/chat/" + chat.id());
        assertThat(chat.endsAt()).isEqualTo(site.clock.instant().plus(Duration.ofDays(7)));
        assertThat(site.stores.bookings().byId(booking.id()).orElseThrow().status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void paying_twice_lands_on_the_same_chat_and_extends_it_once() {
        var booking = book(asha);
        asha.get("/bookings/" + booking.id());

        var first = asha.postForm("/bookings/" + booking.id() + "/pay");
        site.clock.advance(Duration.ofMinutes(1));
        var second = asha.postForm("/bookings/" + booking.id() + "/pay");

        var chat = site.stores.chatThreads().ofPair(idOf(asha), idOf(ravi)).orElseThrow();
        assertThat(second.status()).isEqualTo(303);
        assertThat(second.location()).isEqualTo(first.location()).isEqualTo("/chat/" + chat.id());
        assertThat(chat.endsAt()).isEqualTo(booking.createdAt().plus(Duration.ofDays(7)));
    }

    @Test
    void rebooking_the_same_mentor_extends_the_same_chat() {
        var first = book(asha);
        asha.get("/bookings/" + first.id());
        var firstPaid = asha.postForm("/bookings/" + first.id() + "/pay");
        site.clock.advance(Duration.ofHours(3));

        var second = book(asha);
        asha.get("/bookings/" + second.id());
        var secondPaid = asha.postForm("/bookings/" + second.id() + "/pay");

        var chat = site.stores.chatThreads().ofPair(idOf(asha), idOf(ravi)).orElseThrow();
        assertThat(secondPaid.location()).isEqualTo(firstPaid.location());
        assertThat(chat.endsAt()).isEqualTo(first.createdAt().plus(Duration.ofDays(14)));
        assertThat(site.stores.chatThreads().ofParticipant(idOf(asha))).hasSize(1);
    }

    @Test
    void a_paid_booking_shows_it_is_confirmed_and_links_to_the_chat() {
        var booking = book(asha);
        asha.get("/bookings/" + booking.id());
        var paid = asha.postForm("/bookings/" + booking.id() + "/pay");

        var page = asha.get("/bookings/" + booking.id());

        assertThat(page.body()).contains("<dd id=\"status\">Active</dd>").contains("href=\"" + paid.location() + "\"")
                .doesNotContain("id=\"pay\"").doesNotContain("id=\"cancel\"");
    }

    @Test
    void cancelling_a_pending_booking_shows_it_cancelled() {
        var booking = book(asha);
        asha.get("/bookings/" + booking.id());

        var cancelled = asha.postForm("/bookings/" + booking.id() + "/cancel");
        var page = asha.get("/bookings/" + booking.id());

        assertThat(cancelled.status()).isEqualTo(303);
        assertThat(cancelled.location()).isEqualTo("/bookings/" + booking.id());
        assertThat(page.body()).contains("Cancelled").doesNotContain("id=\"pay\"");
        assertThat(site.stores.bookings().byId(booking.id()).orElseThrow().status())
                .isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void paying_a_cancelled_booking_shows_the_booking_with_the_reason() {
        var booking = book(asha);
        asha.get("/bookings/" + booking.id());
        asha.postForm("/bookings/" + booking.id() + "/cancel");

        var page = asha.postForm("/bookings/" + booking.id() + "/pay");

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("id=\"payment-error\"")
                .contains("A cancelled booking cannot become confirmed.").contains("Cancelled");
        assertThat(site.stores.chatThreads().ofParticipant(idOf(asha))).isEmpty();
    }

    @Test
    void the_mentor_sees_a_booking_made_with_them_without_the_payment_buttons() {
        var booking = book(asha);

        var page = ravi.get("/bookings/" + booking.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"booked-by\">asha<").doesNotContain("id=\"pay\"")
                .doesNotContain("id=\"cancel\"");
    }

    @Test
    void a_user_cannot_book_their_own_plan() {
        ravi.get("/book/" + plan.id());

        var page = ravi.postForm("/book/" + plan.id());

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot book your own plan.");
        assertThat(site.stores.bookings().ofMentor(idOf(ravi))).isEmpty();
    }

    @Test
    void an_unverified_mentors_plan_is_not_found() {
        var nila = site.member("nila");
        nila.get("/mentor/apply");
        nila.postForm("/mentor/apply", "headline", "Listener", "bio", "I listen.", "expertise", "",
                "languages", "English", "experience", "");
        nila.get("/mentor/dashboard");
        nila.postForm("/mentor/plans", "title", "Early", "description", "", "price", "99", "liveMinutes", "",
                "chatDays", "3");
        var unverifiedPlan = site.stores.plans().ofMentor(idOf(nila)).getFirst();
        asha.get("/mentor/apply");

        var summary = asha.get("/book/" + unverifiedPlan.id());
        var booked = asha.postForm("/book/" + unverifiedPlan.id());

        assertThat(summary.status()).isEqualTo(404);
        assertThat(booked.status()).isEqualTo(404);
        assertThat(site.stores.bookings().ofUser(idOf(asha))).isEmpty();
    }

    @Test
    void an_inactive_plan_cannot_be_booked() {
        asha.get("/book/" + plan.id());
        site.core.changePlanAvailability().change(new ChangePlanAvailability.Command(
                site.core.identifyActor().identify(idOf(ravi)), plan.id(), false));

        var booked = asha.postForm("/book/" + plan.id());

        assertThat(booked.status()).isEqualTo(409);
        assertThat(booked.body()).contains("This plan is no longer offered.");
        assertThat(site.stores.bookings().ofUser(idOf(asha))).isEmpty();
    }

    @Test
    void an_inactive_plan_has_no_booking_summary() {
        site.core.changePlanAvailability().change(new ChangePlanAvailability.Command(
                site.core.identifyActor().identify(idOf(ravi)), plan.id(), false));

        var page = asha.get("/book/" + plan.id());

        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void someone_elses_booking_is_not_found() {
        var booking = book(asha);
        var meena = site.member("meena");

        var page = meena.get("/bookings/" + booking.id());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("ravi_k").doesNotContain("₹499");
    }

    @Test
    void someone_else_cannot_pay_or_cancel_a_booking_and_learns_nothing_of_it() {
        var booking = book(asha);
        var meena = site.member("meena");
        meena.get("/mentor/apply");

        var paid = meena.postForm("/bookings/" + booking.id() + "/pay");
        var cancelled = meena.postForm("/bookings/" + booking.id() + "/cancel");

        assertThat(paid.status()).isEqualTo(404);
        assertThat(cancelled.status()).isEqualTo(404);
        assertThat(site.stores.bookings().byId(booking.id()).orElseThrow().status())
                .isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void an_unknown_or_malformed_booking_id_is_not_found() {
        var unknown = asha.get("/bookings/" + UUID.randomUUID());
        var malformed = asha.get("/bookings/42");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
    }

    @Test
    void a_booking_posted_without_the_csrf_token_is_refused() {
        asha.get("/book/" + plan.id());
        asha.forgetCsrfToken();

        var page = asha.postForm("/book/" + plan.id());

        assertThat(page.status()).isEqualTo(403);
        assertThat(site.stores.bookings().ofUser(idOf(asha))).isEmpty();
    }

    @Test
    void a_payment_posted_without_the_csrf_token_is_refused() {
        var booking = book(asha);
        asha.get("/bookings/" + booking.id());
        asha.forgetCsrfToken();

        var page = asha.postForm("/bookings/" + booking.id() + "/pay");

        assertThat(page.status()).isEqualTo(403);
        assertThat(site.stores.bookings().byId(booking.id()).orElseThrow().status())
                .isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void a_signed_out_visitor_is_sent_to_sign_in() {
        var booking = book(asha);
        var visitor = site.visitor();

        var summary = visitor.get("/book/" + plan.id());
        var page = visitor.get("/bookings/" + booking.id());

        assertThat(summary.location()).startsWith("/signin?return=%2Fbook%2F");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/signin?return=%2Fbookings%2F");
    }

    @Test
    void someone_who_has_not_onboarded_is_sent_to_onboarding() {
        var page = site.newcomer("nila").get("/book/" + plan.id());

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/onboarding?return=%2Fbook%2F");
    }

    private Booking book(Browser browser) {
        browser.get("/book/" + plan.id());
        var booked = browser.postForm("/book/" + plan.id());
        var id = BookingId.parse(booked.location().substring("/bookings/".length()));
        return site.stores.bookings().byId(id).orElseThrow();
    }

    private Booking onlyBookingOf(Browser browser) {
        var bookings = site.stores.bookings().ofUser(idOf(browser));
        assertThat(bookings).hasSize(1);
        return bookings.getFirst();
    }

    private UserId idOf(Browser browser) {
        return browser.userId(site.stores);
    }
}
