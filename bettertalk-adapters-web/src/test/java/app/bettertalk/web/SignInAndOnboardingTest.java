package app.bettertalk.web;

import app.bettertalk.core.identity.Consent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInAndOnboardingTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_signed_out_visitor_sees_the_landing_page_and_is_sent_to_sign_in_from_any_other_page() {
        var visitor = site.visitor();

        var landing = visitor.get("/");
        var groups = visitor.get("/groups");

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.body()).contains("Get started");
        assertThat(groups.status()).isEqualTo(303);
        assertThat(groups.location()).isEqualTo("/signin?return=%2Fgroups");
    }

    @Test
    void the_sign_in_page_says_plainly_that_development_sign_in_is_on() {
        var page = site.visitor().get("/signin");

        assertThat(page.body()).contains("Development sign-in is on");
    }

    @Test
    void a_first_development_sign_in_starts_a_session_and_sends_the_person_to_onboarding() {
        var visitor = site.visitor();
        visitor.get("/signin");

        var signedIn = visitor.postForm("/auth/dev", "email", "asha@example.com", "name", "Asha");

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/onboarding");
        assertThat(signedIn.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(visitor.get("/groups").location()).isEqualTo("/onboarding?return=%2Fgroups");
    }

    @Test
    void onboarding_then_leads_to_the_groups() {
        var newcomer = site.newcomer("asha");
        newcomer.get("/onboarding");

        var done = newcomer.postForm("/onboarding", "phone", "+91-98765-43210", "age", "30", "username", "asha_k", "terms", Consent.CURRENT);

        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).isEqualTo("/groups");
        assertThat(newcomer.get("/onboarding").location()).isEqualTo("/groups");
    }

    @Test
    void the_form_asks_for_agreement_to_the_current_terms_and_without_it_keeps_what_was_typed() {
        var newcomer = site.newcomer("asha");
        var form = newcomer.get("/onboarding");

        var unticked = newcomer.postForm("/onboarding", "phone", "98765 43210", "age", "30", "username", "asha_k");

        assertThat(form.body()).contains("name=\"terms\" value=\"" + Consent.CURRENT + "\" required")
                .contains("href=\"/terms\"").contains("href=\"/privacy\"");
        assertThat(unticked.status()).isEqualTo(422);
        assertThat(unticked.body()).contains("terms: agree to the terms and the privacy notice to continue")
                .contains("value=\"asha_k\"").contains("value=\"98765 43210\"");
        assertThat(newcomer.get("/groups").location()).startsWith("/onboarding");
    }

    @Test
    void the_privacy_notice_and_the_terms_are_open_to_anyone_and_say_who_sees_what() {
        var visitor = site.visitor();

        var privacy = visitor.get("/privacy");
        var terms = visitor.get("/terms");

        assertThat(privacy.status()).isEqualTo(200);
        assertThat(privacy.body().replaceAll("\\s+", " ")).contains("Version " + Consent.CURRENT)
                .contains("A mentor never sees your email address or your phone number")
                .contains("Admins never read chats, session notes or safety plans")
                .contains("read a chat message only when someone reports it");
        assertThat(terms.status()).isEqualTo(200);
        assertThat(terms.body()).contains("Version " + Consent.CURRENT).contains("You must be 18 or older");
        assertThat(site.member("meera").get("/groups").body()).contains("<a href=\"/privacy\">Privacy</a>");
    }

    @Test
    void an_onboarding_form_with_a_bad_username_is_shown_again_with_the_reason_and_the_values_typed() {
        var newcomer = site.newcomer("asha");
        newcomer.get("/onboarding");

        var page = newcomer.postForm("/onboarding", "phone", "98765 43210", "age", "30", "username", "admin", "terms", Consent.CURRENT);

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("is reserved").contains("value=\"98765 43210\"");
    }

    @Test
    void a_username_that_looks_like_one_taken_is_refused_and_the_form_keeps_what_was_typed() {
        site.member("lily_k");
        var newcomer = site.newcomer("ravi");
        newcomer.get("/onboarding");

        var page = newcomer.postForm("/onboarding", "phone", "98765 43210", "age", "30", "username", "Iily_k", "terms", Consent.CURRENT);

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("That anonymous username is taken; choose another.")
                .contains("value=\"Iily_k\"").contains("value=\"98765 43210\"").contains("value=\"30\"");
        assertThat(newcomer.get("/groups").location()).startsWith("/onboarding");
    }

    @Test
    void a_username_that_looks_like_a_reserved_word_is_refused_as_reserved() {
        var newcomer = site.newcomer("asha");
        newcomer.get("/onboarding");

        var page = newcomer.postForm("/onboarding", "phone", "98765 43210", "age", "30", "username", "rnentor", "terms", Consent.CURRENT);

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("username: is reserved; choose another").contains("value=\"rnentor\"");
    }

    @Test
    void a_form_without_the_sessions_csrf_token_is_refused() {
        var newcomer = site.newcomer("asha");
        newcomer.forgetCsrfToken();

        var page = newcomer.postForm("/onboarding", "phone", "98765 43210", "age", "30", "username", "asha_k", "terms", Consent.CURRENT);

        assertThat(page.status()).isEqualTo(403);
        assertThat(site.stores.users().byId(newcomer.userId(site.stores)).orElseThrow().onboarded()).isFalse();
    }

    @Test
    void a_form_posted_from_another_site_is_refused() {
        var newcomer = site.newcomer("asha");
        newcomer.get("/onboarding");
        newcomer.from("https://evil.example");

        var page = newcomer.postForm("/onboarding", "phone", "98765 43210", "age", "30", "username", "asha_k", "terms", Consent.CURRENT);

        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void signing_out_ends_the_session_on_the_server() {
        var member = site.member("asha_k");
        member.get("/onboarding");
        var cookie = member.cookie(Requests.SESSION_COOKIE);

        member.postForm("/signout");

        assertThat(member.get("/groups").location()).isEqualTo("/signin?return=%2Fgroups");
        assertThat(site.core.resumeSession().resume(cookie)).isEmpty();
    }

    @Test
    void every_response_carries_the_security_headers() {
        var page = site.visitor().get("/signin");

        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void signed_in_pages_are_never_cached() {
        var member = site.member("asha_k");

        assertThat(member.get("/onboarding").header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void health_reports_liveness_and_the_database() {
        var page = site.visitor().get("/health");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("\"database\":\"ready\"");
    }
}
