package app.bettertalk.web.identity;

import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A page that sends someone to sign in gets them back afterwards, through onboarding too, and only to our pages. */
class SignInReturnTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    private static String encoded(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    @Test
    void a_sign_in_name_longer_than_an_account_keeps_is_refused_before_anything_is_stored() {
        var visitor = site.visitor();
        visitor.get("/signin");

        var refused = visitor.postForm("/auth/dev", "email", "long@example.com", "name", "n".repeat(300));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("at most 255 characters");
        assertThat(site.stores.users().byEmail(new EmailAddress("long@example.com"))).isEmpty();
    }

    @Test
    void a_signed_out_page_request_is_sent_to_sign_in_with_the_page_and_its_query() {
        var page = site.visitor().get("/profile?tab=sessions");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/signin?return=" + encoded("/profile?tab=sessions"));
    }

    @Test
    void a_signed_out_form_post_is_sent_to_sign_in_without_a_page_to_return_to() {
        var visitor = site.visitor();
        visitor.get("/signin");

        var posted = visitor.postForm("/profile", "displayName", "Asha");

        assertThat(posted.location()).isEqualTo("/signin");
    }

    @Test
    void the_sign_in_page_carries_the_page_in_its_form_and_its_google_link() {
        var page = site.visitor().get("/signin?return=" + encoded("/mentor/abc#plan-1"));

        assertThat(page.body()).contains("<input type=\"hidden\" name=\"return\" value=\"/mentor/abc#plan-1\">");
    }

    @Test
    void a_newcomer_signing_in_from_a_page_onboards_and_lands_back_on_it() {
        var visitor = site.visitor();
        visitor.get("/signin?return=" + encoded("/mentor/abc#plan-1"));

        var signedIn = visitor.postForm("/auth/dev", "email", "meera@example.com", "name", "Meera",
                "return", "/mentor/abc#plan-1");
        var form = visitor.get(signedIn.location());
        var onboarded = visitor.postForm("/onboarding", "phone", "98765 43210", "age", "29", "username", "meera_k",
                "return", "/mentor/abc#plan-1", "terms", Consent.CURRENT);

        assertThat(signedIn.location()).isEqualTo("/onboarding?return=" + encoded("/mentor/abc#plan-1"));
        assertThat(form.body()).contains("<input type=\"hidden\" name=\"return\" value=\"/mentor/abc#plan-1\">");
        assertThat(onboarded.status()).isEqualTo(303);
        assertThat(onboarded.location()).isEqualTo("/mentor/abc#plan-1");
    }

    @Test
    void someone_onboarded_signing_in_from_a_page_lands_back_on_it() {
        site.member("asha_k").postForm("/signout");
        var visitor = site.visitor();
        visitor.get("/signin");

        var signedIn = visitor.postForm("/auth/dev", "email", "asha_k1@example.com", "name", "asha_k",
                "return", "/profile?tab=groups");

        assertThat(signedIn.location()).isEqualTo("/profile?tab=groups");
    }

    @Test
    void someone_already_signed_in_is_sent_straight_to_the_page() {
        var asha = site.member("asha_k");

        var page = asha.get("/signin?return=" + encoded("/profile?tab=groups"));

        assertThat(page.location()).isEqualTo("/profile?tab=groups");
    }

    @Test
    void a_signed_in_newcomer_sent_to_onboarding_from_a_page_is_brought_back_to_it() {
        var newcomer = site.newcomer("nila");

        var page = newcomer.get("/groups?page=2");

        assertThat(page.location()).isEqualTo("/onboarding?return=" + encoded("/groups?page=2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
            "/\t/evil.example", "%2F%2Fevil.example", "evil.example"})
    void a_return_to_another_site_is_ignored_on_sign_in(String hostile) {
        var visitor = site.visitor();
        visitor.get("/signin");
        site.member("asha_k").postForm("/signout");

        var signedIn = visitor.postForm("/auth/dev", "email", "asha_k1@example.com", "name", "asha_k",
                "return", hostile);

        assertThat(signedIn.location()).isEqualTo("/groups");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2F%2Fevil.example%2F", "%2F%5Cevil.example", "https%3A%2F%2Fevil.example",
            "%2F%09%2Fevil.example", "%2F%0D%0ASet-Cookie:x=1"})
    void a_return_to_another_site_is_ignored_by_a_signed_in_person_and_left_out_of_the_form(String hostile) {
        var page = site.visitor().get("/signin?return=" + hostile);
        var signedIn = site.member("asha_k").get("/signin?return=" + hostile);

        assertThat(page.body()).doesNotContain("name=\"return\"").doesNotContain("evil");
        assertThat(signedIn.location()).isEqualTo("/groups");
    }

    @Test
    void a_return_to_another_site_is_ignored_after_onboarding() {
        var newcomer = site.newcomer("nila");
        newcomer.get("/onboarding");

        var onboarded = newcomer.postForm("/onboarding", "phone", "98765 43210", "age", "29", "username", "nila_k",
                "return", "//evil.example/", "terms", Consent.CURRENT);

        assertThat(onboarded.location()).isEqualTo("/groups");
    }
}
