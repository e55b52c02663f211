package app.bettertalk.web.identity;

import app.bettertalk.core.identity.Consent;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountApiTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    /** A member whose browser has read its API CSRF token from {@code GET /api/v1/me}. */
    private Browser member(String username) {
        var browser = site.member(username);
        browser.get("/api/v1/me");
        return browser;
    }

    private Browser newcomer(String name) {
        var browser = site.newcomer(name);
        browser.get("/api/v1/me");
        return browser;
    }

    @Test
    void me_shows_the_owner_their_own_account_with_email_and_phone() {
        var asha = site.member("asha_k");

        var me = asha.get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.header("Content-Type")).startsWith("application/json");
        assertThat(me.json().get("username").asText()).isEqualTo("asha_k");
        assertThat(me.json().get("email").asText()).endsWith("@example.com");
        assertThat(me.json().get("phone").asText()).isEqualTo("+919876543210");
        assertThat(me.json().get("onboarded").asBoolean()).isTrue();
        assertThat(me.json().get("role").asText()).isEqualTo("user");
    }

    @Test
    void me_before_onboarding_says_so_and_has_no_profile_yet() {
        var newcomer = site.newcomer("asha");

        var me = newcomer.get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("onboarded").asBoolean()).isFalse();
        assertThat(me.json().get("username").isNull()).isTrue();
        assertThat(me.json().get("csrfToken").asText()).isNotBlank();
    }

    @Test
    void onboarding_over_the_api_sets_the_username_and_opens_the_rest_of_the_api() {
        var newcomer = newcomer("asha");

        var done = newcomer.json("POST", "/api/v1/onboarding",
                "{\"phone\":\"98765 43210\",\"age\":30,\"username\":\"asha_k\",\"acceptedTerms\":\"" + Consent.CURRENT + "\"}");

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("username").asText()).isEqualTo("asha_k");
        assertThat(newcomer.get("/api/v1/groups").status()).isEqualTo(200);
    }

    @Test
    void other_api_calls_before_onboarding_are_refused_with_a_reason() {
        var newcomer = newcomer("asha");

        var groups = newcomer.get("/api/v1/groups");

        assertThat(groups.status()).isEqualTo(403);
        assertThat(groups.json().at("/error/code").asText()).isEqualTo("onboarding_required");
    }

    @Test
    void onboarding_with_a_taken_username_is_a_conflict() {
        member("asha_k");
        var newcomer = newcomer("asha");

        var refused = newcomer.json("POST", "/api/v1/onboarding",
                "{\"phone\":\"98765 43210\",\"age\":30,\"username\":\"asha_k\",\"acceptedTerms\":\"" + Consent.CURRENT + "\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("username_taken");
    }

    @Test
    void onboarding_with_an_age_under_the_limit_names_the_field() {
        var newcomer = newcomer("asha");

        var refused = newcomer.json("POST", "/api/v1/onboarding",
                "{\"phone\":\"98765 43210\",\"age\":15,\"username\":\"asha_k\",\"acceptedTerms\":\"" + Consent.CURRENT + "\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("validation");
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("age");
        assertThat(refused.json().at("/error/message").asText()).contains("at least 18");
    }

    @Test
    void onboarding_a_second_time_is_a_conflict_and_keeps_the_username() {
        var asha = member("asha_k");

        var refused = asha.json("POST", "/api/v1/onboarding",
                "{\"phone\":\"98765 43210\",\"age\":30,\"username\":\"asha_new\",\"acceptedTerms\":\"" + Consent.CURRENT + "\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("already_onboarded");
        assertThat(asha.get("/api/v1/me").json().get("username").asText()).isEqualTo("asha_k");
    }

    @Test
    void patching_me_changes_the_fields_sent_and_keeps_the_others() {
        var asha = member("asha_k");

        var patched = asha.json("PATCH", "/api/v1/me", "{\"displayName\":\"Asha\",\"bio\":\"Learning to rest.\"}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("displayName").asText()).isEqualTo("Asha");
        assertThat(patched.json().get("bio").asText()).isEqualTo("Learning to rest.");
        assertThat(patched.json().get("age").asInt()).isEqualTo(29);
        assertThat(patched.json().get("phone").asText()).isEqualTo("+919876543210");
        assertThat(asha.get("/api/v1/me").json().get("publicName").asText()).isEqualTo("Asha");
    }

    @Test
    void patching_me_with_a_bad_phone_names_the_field_and_changes_nothing() {
        var asha = member("asha_k");

        var refused = asha.json("PATCH", "/api/v1/me", "{\"phone\":\"12345\",\"bio\":\"New bio.\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("phone");
        assertThat(asha.get("/api/v1/me").json().get("bio").asText()).isEmpty();
    }

    @Test
    void patching_me_with_a_display_name_posing_as_staff_or_hiding_characters_names_the_field() {
        var asha = member("asha_k");

        var posing = asha.json("PATCH", "/api/v1/me", "{\"displayName\":\"Verified Moderator\"}");
        var hiding = asha.json("PATCH", "/api/v1/me", "{\"displayName\":\"asha\\u200b_k\"}");

        assertThat(posing.status()).isEqualTo(422);
        assertThat(posing.json().at("/error/field").asText()).isEqualTo("displayName");
        assertThat(hiding.status()).isEqualTo(422);
        assertThat(hiding.json().at("/error/field").asText()).isEqualTo("displayName");
        assertThat(asha.get("/api/v1/me").json().get("displayName").asText()).isEmpty();
    }

    @Test
    void the_anonymous_username_cannot_be_patched() {
        var asha = member("asha_k");

        var refused = asha.json("PATCH", "/api/v1/me", "{\"username\":\"someone_else\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(asha.get("/api/v1/me").json().get("username").asText()).isEqualTo("asha_k");
    }
}
