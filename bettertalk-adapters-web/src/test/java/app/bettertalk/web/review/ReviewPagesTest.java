package app.bettertalk.web.review;

import app.bettertalk.core.booking.Booking;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewPagesTest {
    private final TestSite site = new TestSite();
    private final ReviewSessions sessions = new ReviewSessions(site);
    private final Browser ravi = site.mentorWithPlan("ravi_k", 7);
    private final Browser asha = site.member("asha_k");

    @AfterEach
    void stop() {
        site.close();
    }

    private String form(Booking booking) {
        return "/bookings/" + booking.id() + "/review";
    }

    private Browser.Page post(Browser browser, Booking booking, String stars, String text) {
        browser.get("/bookings/" + booking.id());
        return browser.postForm(form(booking), "stars", stars, "text", text);
    }

    @Test
    void the_booking_page_of_an_ended_session_offers_its_review() {
        var booking = sessions.ended(asha, ravi);

        var page = sessions.again(asha).get("/bookings/" + booking.id());

        assertThat(page.body()).contains("id=\"review-link\" href=\"" + form(booking) + "\"");
    }

    @Test
    void the_booking_page_of_a_running_chat_offers_no_review() {
        var booking = sessions.paid(asha, ravi).booking();

        var page = asha.get("/bookings/" + booking.id());

        assertThat(page.body()).doesNotContain("review-link");
    }

    @Test
    void the_sessions_tab_links_an_ended_session_to_its_review() {
        var booking = sessions.ended(asha, ravi);

        var page = sessions.again(asha).get("/profile?tab=sessions");

        assertThat(page.body()).contains("href=\"" + form(booking) + "\" class=\"review-link\"");
    }

    @Test
    void the_mentor_s_booking_page_offers_no_review() {
        var booking = sessions.ended(asha, ravi);

        var page = sessions.again(ravi).get("/bookings/" + booking.id());

        assertThat(page.body()).doesNotContain("review-link");
    }

    @Test
    void the_review_form_asks_for_one_to_five_stars_and_optional_text() {
        var booking = sessions.ended(asha, ravi);

        var page = sessions.again(asha).get(form(booking));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Review your session").contains("action=\"" + form(booking) + "\"")
                .contains("name=\"stars\" value=\"1\"").contains("name=\"stars\" value=\"5\"")
                .contains("name=\"text\"");
    }

    @Test
    void posting_the_form_saves_the_review_and_shows_it_saved() {
        var booking = sessions.ended(asha, ravi);
        var member = sessions.again(asha);

        var saved = post(member, booking, "4", "Kind and patient.");
        var page = member.get(saved.location());

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(form(booking) + "?saved=1");
        assertThat(page.body()).contains("id=\"review-saved\"").contains("Kind and patient.")
                .contains("value=\"4\" checked").contains("Save changes").contains("id=\"editable-until\"");
        assertThat(site.stores.reviews().byBooking(booking.id())).isPresent();
    }

    @Test
    void the_review_shows_on_the_mentor_s_page_under_the_anonymous_username_with_the_average_and_count() {
        var booking = sessions.ended(asha, ravi);
        var member = sessions.again(asha);
        post(member, booking, "4", "Kind and patient.");

        var page = site.member("sam_b").get("/mentor/" + sessions.idOf(ravi));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"reviews\"").contains("★ 4.0").contains("1 review")
                .contains("<span class=\"author\">asha_k</span>").contains("aria-label=\"4 out of 5 stars\"")
                .contains("Kind and patient.").doesNotContain("@example.com");
    }

    @Test
    void a_signed_out_visitor_reads_the_reviews_on_the_public_mentor_page_without_a_reply_form() {
        var booking = sessions.ended(asha, ravi);
        post(sessions.again(asha), booking, "5", "Worth it.");

        var page = site.visitor().get("/mentor/" + sessions.idOf(ravi));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Worth it.").contains("1 review").doesNotContain("/reply\"");
    }

    @Test
    void a_mentor_without_reviews_says_so() {
        var page = asha.get("/mentor/" + sessions.idOf(ravi));

        assertThat(page.body()).contains("No reviews yet").doesNotContain("id=\"review-list\"");
    }

    @Test
    void review_text_is_shown_as_text_never_as_markup() {
        var booking = sessions.ended(asha, ravi);
        post(sessions.again(asha), booking, "3", "<script>alert('x')</script>");

        var page = site.member("sam_b").get("/mentor/" + sessions.idOf(ravi));

        assertThat(page.body()).contains("&lt;script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void someone_else_s_booking_has_no_review_form() {
        var booking = sessions.ended(asha, ravi);
        var sam = site.member("sam_b");

        assertThat(sam.get(form(booking)).status()).isEqualTo(404);
        sam.get("/groups");
        assertThat(sam.postForm(form(booking), "stars", "1", "text", "Never met").status()).isEqualTo(404);
        assertThat(site.stores.reviews().byBooking(booking.id())).isEmpty();
    }

    @Test
    void before_the_chat_ends_the_form_is_refused_with_a_message() {
        var booking = sessions.paid(asha, ravi).booking();

        var page = asha.get(form(booking));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("You can review this session once its chat has ended.");
    }

    @Test
    void before_the_chat_ends_a_posted_review_is_refused_with_a_message_and_the_text_kept() {
        var booking = sessions.paid(asha, ravi).booking();
        asha.get("/bookings/" + booking.id());

        var refused = asha.postForm(form(booking), "stars", "5", "text", "Too early to say");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("You can review this session once its chat has ended.");
        assertThat(site.stores.reviews().byBooking(booking.id())).isEmpty();
    }

    @Test
    void the_mentor_is_refused_the_review_of_their_own_session() {
        var booking = sessions.ended(asha, ravi);

        var page = sessions.again(ravi).get(form(booking));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("A mentor cannot review a session with themself.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "x", ""})
    void stars_outside_one_to_five_are_refused_with_a_message_and_the_text_kept(String stars) {
        var booking = sessions.ended(asha, ravi);

        var refused = post(sessions.again(asha), booking, stars, "What I typed stays");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose how many stars: a whole number from 1 to 5.")
                .contains(">What I typed stays</textarea>").contains("aria-invalid=\"true\"");
        assertThat(site.stores.reviews().byBooking(booking.id())).isEmpty();
    }

    @Test
    void text_over_two_thousand_characters_is_refused_and_kept() {
        var booking = sessions.ended(asha, ravi);
        var text = "a".repeat(2_001);

        var refused = post(sessions.again(asha), booking, "4", text);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("The text must be at most 2000 characters.").contains(text)
                .contains("value=\"4\" checked");
    }

    @Test
    void the_review_can_be_edited_within_fourteen_days() {
        var booking = sessions.ended(asha, ravi);
        post(sessions.again(asha), booking, "2", "Meh.");
        site.clock.advance(Duration.ofDays(13));

        var edited = post(sessions.again(asha), booking, "5", "It grew on me.");

        assertThat(edited.status()).isEqualTo(303);
        assertThat(site.stores.reviews().byBooking(booking.id()).orElseThrow().text()).isEqualTo("It grew on me.");
    }

    @Test
    void after_fourteen_days_an_edit_is_refused_with_a_message_and_the_form_is_closed() {
        var booking = sessions.ended(asha, ravi);
        post(sessions.again(asha), booking, "2", "Meh.");
        site.clock.advance(Duration.ofDays(14));
        var member = sessions.again(asha);

        var refused = post(member, booking, "5", "Too late now");
        var page = member.get(form(booking));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("this one can no longer be changed");
        assertThat(page.body()).contains("id=\"review-locked\"").doesNotContain("id=\"review-form\"")
                .contains("Meh.");
        assertThat(site.stores.reviews().byBooking(booking.id()).orElseThrow().text()).isEqualTo("Meh.");
    }

    @Test
    void the_mentor_replies_on_their_page_and_the_reply_shows_to_everyone() {
        var booking = sessions.ended(asha, ravi);
        post(sessions.again(asha), booking, "4", "Kind.");
        var review = site.stores.reviews().byBooking(booking.id()).orElseThrow();
        var mentor = sessions.again(ravi);
        var own = mentor.get("/mentor/" + sessions.idOf(ravi));

        var replied = mentor.postForm("/reviews/" + review.id() + "/reply", "text", "Thank you, it helped me too.",
                "mentor", sessions.idOf(ravi).toString());
        var page = site.member("sam_b").get("/mentor/" + sessions.idOf(ravi));

        assertThat(own.body()).contains("action=\"/reviews/" + review.id() + "/reply\"");
        assertThat(replied.status()).isEqualTo(303);
        assertThat(replied.location()).isEqualTo("/mentor/" + sessions.idOf(ravi) + "#review-" + review.id());
        assertThat(page.body()).contains("Reply from ravi_k").contains("Thank you, it helped me too.")
                .doesNotContain("/reply\"");
    }

    @Test
    void a_reply_too_long_is_refused_with_the_reply_kept_under_its_review() {
        var booking = sessions.ended(asha, ravi);
        post(sessions.again(asha), booking, "4", "Kind.");
        var review = site.stores.reviews().byBooking(booking.id()).orElseThrow();
        var mentor = sessions.again(ravi);
        mentor.get("/mentor/" + sessions.idOf(ravi));
        var text = "b".repeat(2_001);

        var refused = mentor.postForm("/reviews/" + review.id() + "/reply", "text", text, "mentor",
                sessions.idOf(ravi).toString());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("The text must be at most 2000 characters.").contains(">" + text + "<");
    }

    @Test
    void the_member_may_not_reply_to_their_own_review() {
        var booking = sessions.ended(asha, ravi);
        var member = sessions.again(asha);
        post(member, booking, "4", "Kind.");
        var review = site.stores.reviews().byBooking(booking.id()).orElseThrow();

        var page = member.get("/mentor/" + sessions.idOf(ravi));
        var refused = member.postForm("/reviews/" + review.id() + "/reply", "text", "Me again", "mentor",
                sessions.idOf(ravi).toString());

        assertThat(page.body()).doesNotContain("/reply\"");
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void more_than_a_page_of_reviews_links_to_the_older_ones() {
        for (var n = 0; n < ReviewHandlers.PAGE + 1; n++) {
            var member = site.member("member_" + n);
            var booking = sessions.ended(member, ravi);
            post(sessions.again(member), booking, Integer.toString(1 + n % 5), "Review number " + n);
        }
        var reader = site.member("sam_b");

        var first = reader.get("/mentor/" + sessions.idOf(ravi));
        var olderUrl = first.body().replaceAll("(?s).*id=\"older-reviews\" href=\"([^\"]+)\".*", "$1")
                .replace("&#61;", "=");
        var older = reader.get(olderUrl);

        assertThat(first.body()).contains("Review number 10").doesNotContain("Review number 0<")
                .contains("11 reviews");
        assertThat(older.status()).isEqualTo(200);
        assertThat(older.body()).contains("Review number 0<").doesNotContain("Review number 10")
                .contains("id=\"newest-reviews\"").doesNotContain("id=\"older-reviews\"");
    }

    @Test
    void a_malformed_page_link_is_refused_not_an_error() {
        var page = asha.get("/mentor/" + sessions.idOf(ravi) + "/reviews?after=garbage");

        assertThat(page.status()).isEqualTo(422);
    }
}
