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

class ReviewApiTest {
    private final TestSite site = new TestSite();
    private final ReviewSessions sessions = new ReviewSessions(site);
    private final Browser ravi = site.mentorWithPlan("ravi_k", 7);
    private final Browser asha = site.member("asha_k");

    @AfterEach
    void stop() {
        site.close();
    }

    private Browser.Page put(Browser browser, Booking booking, String body) {
        return browser.json("PUT", "/api/v1/bookings/" + booking.id() + "/review", body);
    }

    private String reviewsOfRavi() {
        return "/api/v1/mentors/" + sessions.idOf(ravi) + "/reviews";
    }

    @Test
    void the_member_puts_the_review_of_an_ended_session() {
        var booking = sessions.ended(asha, ravi);

        var answer = put(sessions.again(asha), booking, "{\"stars\":5,\"text\":\"Kind.\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("stars").asInt()).isEqualTo(5);
        assertThat(answer.json().get("text").asText()).isEqualTo("Kind.");
        assertThat(answer.json().get("bookingId").asText()).isEqualTo(booking.id().toString());
        assertThat(answer.json().get("reply").isNull()).isTrue();
    }

    @Test
    void stars_may_come_as_a_digit_in_a_string() {
        var booking = sessions.ended(asha, ravi);

        var answer = put(sessions.again(asha), booking, "{\"stars\":\"3\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("text").asText()).isEmpty();
    }

    @Test
    void the_member_reads_their_review_back() {
        var booking = sessions.ended(asha, ravi);
        var member = sessions.again(asha);
        put(member, booking, "{\"stars\":4,\"text\":\"Kind.\"}");

        var answer = member.get("/api/v1/bookings/" + booking.id() + "/review");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("editable").asBoolean()).isTrue();
        assertThat(answer.json().at("/review/stars").asInt()).isEqualTo(4);
        assertThat(answer.json().get("mentorName").asText()).isEqualTo("ravi_k");
    }

    @Test
    void a_mentor_s_reviews_are_listed_with_the_tally_under_anonymous_usernames_only() {
        var booking = sessions.ended(asha, ravi);
        put(sessions.again(asha), booking, "{\"stars\":4,\"text\":\"Kind.\"}");

        var answer = site.member("sam_b").get(reviewsOfRavi());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/rating/count").asInt()).isEqualTo(1);
        assertThat(answer.json().at("/rating/average").asDouble()).isEqualTo(4.0);
        assertThat(answer.json().at("/reviews/0/username").asText()).isEqualTo("asha_k");
        assertThat(answer.json().at("/reviews/0/mayReply").asBoolean()).isFalse();
        assertThat(answer.json().get("next").isNull()).isTrue();
        assertThat(answer.body()).doesNotContain("@example.com").doesNotContain("memberId");
    }

    @Test
    void a_mentor_without_reviews_has_no_average() {
        var answer = asha.get(reviewsOfRavi());

        assertThat(answer.json().at("/rating/count").asInt()).isZero();
        assertThat(answer.json().at("/rating/average").isNull()).isTrue();
        assertThat(answer.json().get("reviews")).isEmpty();
    }

    @Test
    void pages_are_linked_by_the_next_token() {
        for (var name : new String[] {"meena", "nila"}) {
            var member = site.member(name);
            var booking = sessions.ended(member, ravi);
            put(sessions.again(member), booking, "{\"stars\":4}");
        }
        var reader = site.member("sam_b");

        var first = reader.get(reviewsOfRavi() + "?limit=1");
        var second = reader.get(reviewsOfRavi() + "?limit=1&after=" + first.json().get("next").asText());

        assertThat(first.json().at("/reviews/0/username").asText()).isEqualTo("nila");
        assertThat(second.json().at("/reviews/0/username").asText()).isEqualTo("meena");
        assertThat(second.json().get("next").isNull()).isTrue();
    }

    @Test
    void a_bad_page_token_or_limit_is_a_validation_error() {
        assertThat(asha.get(reviewsOfRavi() + "?after=nonsense").json().at("/error/field").asText()).isEqualTo("after");
        assertThat(asha.get(reviewsOfRavi() + "?limit=0").status()).isEqualTo(422);
        assertThat(asha.get(reviewsOfRavi() + "?limit=x").status()).isEqualTo(422);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"stars\":0}", "{\"stars\":6}", "{\"stars\":\"x\"}", "{\"stars\":4.5}", "{}",
            "{\"stars\":null}", "{\"stars\":true}"})
    void stars_outside_one_to_five_are_a_validation_error_on_stars(String body) {
        var booking = sessions.ended(asha, ravi);

        var answer = put(sessions.again(asha), booking, body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().at("/error/field").asText()).isEqualTo("stars");
        assertThat(answer.json().at("/error/message").asText()).contains("1 to 5");
    }

    @Test
    void a_body_that_is_not_json_is_malformed() {
        var booking = sessions.ended(asha, ravi);

        assertThat(put(sessions.again(asha), booking, "{stars:").status()).isEqualTo(400);
    }

    @Test
    void someone_else_s_booking_is_not_found() {
        var booking = sessions.ended(asha, ravi);

        var answer = put(site.member("sam_b"), booking, "{\"stars\":1}");

        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void before_the_chat_ends_the_review_is_a_conflict_saying_so() {
        var booking = sessions.paid(asha, ravi).booking();

        var answer = put(asha, booking, "{\"stars\":5}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().at("/error/code").asText()).isEqualTo("chat_not_ended");
    }

    @Test
    void the_mentor_is_forbidden_to_review_their_session() {
        var booking = sessions.ended(asha, ravi);

        var answer = put(sessions.again(ravi), booking, "{\"stars\":5}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().at("/error/code").asText()).isEqualTo("own_session");
    }

    @Test
    void after_fourteen_days_a_change_is_a_conflict() {
        var booking = sessions.ended(asha, ravi);
        put(sessions.again(asha), booking, "{\"stars\":3}");
        site.clock.advance(Duration.ofDays(14));

        var answer = put(sessions.again(asha), booking, "{\"stars\":1}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().at("/error/code").asText()).isEqualTo("review_locked");
    }

    @Test
    void the_mentor_puts_a_reply_and_the_member_may_not() {
        var booking = sessions.ended(asha, ravi);
        var member = sessions.again(asha);
        var review = put(member, booking, "{\"stars\":4}").json().get("id").asText();

        var replied = sessions.again(ravi).json("PUT", "/api/v1/reviews/" + review + "/reply",
                "{\"text\":\"Thank you.\"}");
        var refused = member.json("PUT", "/api/v1/reviews/" + review + "/reply", "{\"text\":\"Me too.\"}");

        assertThat(replied.status()).isEqualTo(200);
        assertThat(replied.json().at("/reply/text").asText()).isEqualTo("Thank you.");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("not_your_review");
    }

    @Test
    void a_reply_without_text_is_a_validation_error() {
        var booking = sessions.ended(asha, ravi);
        var review = put(sessions.again(asha), booking, "{\"stars\":4}").json().get("id").asText();

        var answer = sessions.again(ravi).json("PUT", "/api/v1/reviews/" + review + "/reply", "{}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().at("/error/field").asText()).isEqualTo("text");
    }
}
