package app.bettertalk.web.booking;

import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BookingApiTest {
    private final TestSite site = new TestSite();
    private final Browser meera = api(site.mentorWithPlan("meera_m", 7));
    private final String plan = meera.get("/api/v1/me/plans").json().at("/plans/0/id").asText();

    @AfterEach
    void stop() {
        site.close();
    }

    private static Browser api(Browser browser) {
        browser.get("/api/v1/me");
        return browser;
    }

    private String book(Browser user) {
        var booked = user.json("POST", "/api/v1/bookings", "{\"planId\":\"" + plan + "\"}");
        assertThat(booked.status()).isEqualTo(201);
        return booked.json().get("id").asText();
    }

    private Browser.Page pay(Browser user, String booking, String reference) {
        return user.json("POST", "/api/v1/bookings/" + booking + "/confirm",
                "{\"paymentReference\":\"" + reference + "\"}");
    }

    @Test
    void booking_a_plan_makes_a_pending_booking_priced_from_the_plan() {
        var asha = api(site.member("asha_k"));

        var booked = asha.json("POST", "/api/v1/bookings", "{\"planId\":\"" + plan + "\"}");

        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.location()).isEqualTo("/api/v1/bookings/" + booked.json().get("id").asText());
        assertThat(booked.json().get("status").asText()).isEqualTo("pending");
        assertThat(booked.json().get("planId").asText()).isEqualTo(plan);
        assertThat(booked.json().at("/price/paise").asLong()).isEqualTo(49_900);
        assertThat(booked.json().at("/price/display").asText()).isEqualTo("₹499");
        assertThat(booked.json().get("chatWindowDays").asInt()).isEqualTo(7);
    }

    @Test
    void confirming_with_the_payment_opens_the_chat_for_the_booked_days() {
        var asha = api(site.member("asha_k"));
        var booking = book(asha);

        var confirmed = pay(asha, booking, "sim_" + booking);

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().at("/booking/status").asText()).isEqualTo("confirmed");
        assertThat(confirmed.json().at("/chat/id").asText()).isNotBlank();
        assertThat(Instant.parse(confirmed.json().at("/chat/endsAt").asText()))
                .isEqualTo(site.clock.instant().plus(Duration.ofDays(7)));
        assertThat(asha.get("/api/v1/bookings/" + booking).json().get("status").asText()).isEqualTo("confirmed");
    }

    @Test
    void confirming_again_with_the_same_payment_answers_the_same_and_does_not_extend_the_chat() {
        var asha = api(site.member("asha_k"));
        var booking = book(asha);
        var first = pay(asha, booking, "sim_" + booking);

        var again = pay(asha, booking, "sim_" + booking);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/chat/endsAt")).isEqualTo(first.json().at("/chat/endsAt"));
    }

    @Test
    void a_payment_the_provider_refuses_names_the_payment_reference() {
        var asha = api(site.member("asha_k"));
        var booking = book(asha);

        var refused = pay(asha, booking, "made_up");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("paymentReference");
        assertThat(asha.get("/api/v1/bookings/" + booking).json().get("status").asText()).isEqualTo("pending");
    }

    @Test
    void a_payment_that_already_confirmed_another_booking_is_a_conflict() {
        var asha = api(site.member("asha_k"));
        var first = book(asha);
        var second = book(asha);
        pay(asha, first, "sim_" + first);

        var reused = pay(asha, second, "sim_" + first);

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().at("/error/code").asText()).isEqualTo("payment_reference_used");
    }

    @Test
    void another_users_booking_is_not_found_as_if_it_did_not_exist() {
        var asha = api(site.member("asha_k"));
        var booking = book(asha);
        var ravi = api(site.member("ravi_k"));

        var theirs = ravi.get("/api/v1/bookings/" + booking);
        var unknown = ravi.get("/api/v1/bookings/" + UUID.randomUUID());

        assertThat(theirs.status()).isEqualTo(404);
        // Everything but the request's own id is the same.
        assertThat(theirs.body().replaceAll("\"requestId\":\"[0-9a-f]+\"", ""))
                .isEqualTo(unknown.body().replaceAll("\"requestId\":\"[0-9a-f]+\"", ""));
    }

    @Test
    void another_user_cannot_pay_for_a_booking_and_learns_nothing_of_it() {
        var asha = api(site.member("asha_k"));
        var booking = book(asha);
        var ravi = api(site.member("ravi_k"));

        var refused = pay(ravi, booking, "sim_" + booking);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(asha.get("/api/v1/bookings/" + booking).json().get("status").asText()).isEqualTo("pending");
    }

    @Test
    void the_mentor_reads_a_booking_made_with_them() {
        var asha = api(site.member("asha_k"));
        var booking = book(asha);

        var seen = meera.get("/api/v1/bookings/" + booking);

        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("userId").asText()).isEqualTo(asha.userId(site.stores).toString());
        assertThat(seen.body()).doesNotContain("example.com");
    }

    @Test
    void a_user_lists_the_bookings_they_made_and_a_mentor_those_made_with_them() {
        var asha = api(site.member("asha_k"));
        var booking = book(asha);

        var mine = asha.get("/api/v1/bookings");
        var withMe = meera.get("/api/v1/bookings?as=mentor");
        var madeByMeera = meera.get("/api/v1/bookings");

        assertThat(mine.json().at("/bookings/0/id").asText()).isEqualTo(booking);
        assertThat(withMe.json().at("/bookings/0/id").asText()).isEqualTo(booking);
        assertThat(madeByMeera.json().get("bookings")).isEmpty();
    }

    @Test
    void listing_as_anything_but_user_or_mentor_names_the_parameter() {
        var asha = api(site.member("asha_k"));

        var refused = asha.get("/api/v1/bookings?as=admin");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("as");
    }

    @Test
    void a_malformed_plan_id_names_the_plan_id_field() {
        var asha = api(site.member("asha_k"));

        var refused = asha.json("POST", "/api/v1/bookings", "{\"planId\":\"nope\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("planId");
    }

    @Test
    void an_unknown_plan_is_not_found() {
        var asha = api(site.member("asha_k"));

        var refused = asha.json("POST", "/api/v1/bookings", "{\"planId\":\"" + UUID.randomUUID() + "\"}");

        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void a_mentor_cannot_book_their_own_plan() {
        var refused = meera.json("POST", "/api/v1/bookings", "{\"planId\":\"" + plan + "\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("own_plan");
    }

    @Test
    void a_deactivated_plan_cannot_be_booked() {
        meera.json("PATCH", "/api/v1/me/plans/" + plan, "{\"active\":false}");
        var asha = api(site.member("asha_k"));

        var refused = asha.json("POST", "/api/v1/bookings", "{\"planId\":\"" + plan + "\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("plan_inactive");
    }
}
