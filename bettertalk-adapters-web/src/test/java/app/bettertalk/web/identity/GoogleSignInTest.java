package app.bettertalk.web.identity;

import app.bettertalk.core.identity.Consent;
import app.bettertalk.web.Browser;
import app.bettertalk.web.Requests;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.booking.SimulatedPayments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with Google over real HTTP, with the real adapter talking to an offline Google. */
class GoogleSignInTest {
    private final FakeGoogle google = new FakeGoogle();
    private final TestSite site = new TestSite(new SimulatedPayments(), google.client(), FakeGoogle.CLIENT_ID,
            FakeGoogle.CLIENT_SECRET);

    @AfterEach
    void stop() {
        site.close();
    }

    /** Starts a sign-in; the parameters of the Google consent page the browser is sent to. */
    private static Map<String, String> start(Browser browser) {
        var started = browser.get("/auth/google");
        assertThat(started.status()).isEqualTo(303);
        return query(URI.create(started.location()));
    }

    private static Browser.Page comeBack(Browser browser, String state) {
        return browser.get("/auth/google/callback?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)
                + "&code=code-1");
    }

    /** A whole sign-in of the Google account {@code subject} in a new browser. */
    private Browser signedIn(String subject, String email) {
        var browser = site.visitor();
        var consent = start(browser);
        google.issues(FakeGoogle.claims(subject, email, consent.get("nonce")));
        comeBack(browser, consent.get("state"));
        return browser;
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private static String s256(String verifier) throws NoSuchAlgorithmException {
        var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    @Test
    void starting_sends_the_browser_to_google_with_state_nonce_and_an_s256_code_challenge() {
        var visitor = site.visitor();

        var started = visitor.get("/auth/google");

        var location = URI.create(started.location());
        var consent = query(location);
        assertThat(location.getHost()).isEqualTo("accounts.google.com");
        assertThat(consent).containsEntry("client_id", FakeGoogle.CLIENT_ID)
                .containsEntry("redirect_uri", site.baseUrl + "/auth/google/callback")
                .containsEntry("code_challenge_method", "S256").containsEntry("response_type", "code");
        assertThat(consent.get("state")).hasSize(43).isNotEqualTo(consent.get("nonce"));
        assertThat(consent.get("nonce")).hasSize(43);
        assertThat(consent.get("code_challenge")).hasSize(43);
        assertThat(started.response().headers().allValues("Set-Cookie")).filteredOn(set -> set.startsWith("bt_oidc="))
                .singleElement().asString().contains("HttpOnly").contains("Path=/auth/google");
    }

    @Test
    void coming_back_with_the_state_starts_a_session_and_sends_a_first_timer_to_onboarding() {
        var visitor = site.visitor();
        var consent = start(visitor);
        google.issues(FakeGoogle.claims("google-sub-1", "asha@example.com", consent.get("nonce")));

        var back = comeBack(visitor, consent.get("state"));

        assertThat(back.status()).isEqualTo(303);
        assertThat(back.location()).isEqualTo("/onboarding");
        assertThat(visitor.cookie(Requests.SESSION_COOKIE)).isNotNull();
        var me = visitor.get("/api/v1/me");
        assertThat(me.json().get("email").asText()).isEqualTo("asha@example.com");
        assertThat(me.json().get("onboarded").asBoolean()).isFalse();
    }

    @Test
    void the_code_is_exchanged_with_the_verifier_whose_s256_hash_was_the_challenge() throws Exception {
        var visitor = site.visitor();
        var consent = start(visitor);
        google.issues(FakeGoogle.claims("google-sub-1", "asha@example.com", consent.get("nonce")));

        comeBack(visitor, consent.get("state"));

        var exchanged = query(URI.create("?" + google.tokenRequests().getFirst()));
        assertThat(s256(exchanged.get("code_verifier"))).isEqualTo(consent.get("code_challenge"));
        assertThat(exchanged).containsEntry("code", "code-1");
    }

    @Test
    void coming_back_with_another_state_is_refused_before_google_is_asked() {
        var visitor = site.visitor();
        var consent = start(visitor);
        google.issues(FakeGoogle.claims("google-sub-1", "asha@example.com", consent.get("nonce")));

        var back = comeBack(visitor, "forged-state");

        assertThat(back.status()).isEqualTo(303);
        assertThat(back.location()).isEqualTo("/signin?error=expired");
        assertThat(visitor.cookie(Requests.SESSION_COOKIE)).isNull();
        assertThat(google.tokenRequests()).isEmpty();
    }

    @Test
    void coming_back_in_a_browser_that_did_not_start_the_sign_in_is_refused() {
        var consent = start(site.visitor());
        google.issues(FakeGoogle.claims("google-sub-1", "asha@example.com", consent.get("nonce")));
        var other = site.visitor();

        var back = comeBack(other, consent.get("state"));

        assertThat(back.location()).isEqualTo("/signin?error=expired");
        assertThat(other.cookie(Requests.SESSION_COOKIE)).isNull();
    }

    @Test
    void a_sign_in_attempt_is_used_once() {
        var visitor = site.visitor();
        var consent = start(visitor);
        google.issues(FakeGoogle.claims("google-sub-1", "asha@example.com", consent.get("nonce")));
        comeBack(visitor, consent.get("state"));

        var replayed = comeBack(visitor, consent.get("state"));

        assertThat(replayed.location()).isEqualTo("/signin?error=expired");
        assertThat(google.tokenRequests()).hasSize(1);
    }

    @Test
    void a_token_google_issued_for_another_attempt_is_refused() {
        var visitor = site.visitor();
        var consent = start(visitor);
        google.issues(FakeGoogle.claims("google-sub-1", "asha@example.com", "nonce-of-another-attempt"));

        var back = comeBack(visitor, consent.get("state"));

        assertThat(back.location()).isEqualTo("/signin?error=google");
        assertThat(visitor.cookie(Requests.SESSION_COOKIE)).isNull();
    }

    @Test
    void the_same_google_account_is_the_same_bettertalk_account_even_with_a_new_email() {
        var first = signedIn("google-sub-1", "asha@example.com");

        var later = signedIn("google-sub-1", "asha.rao@example.org");

        assertThat(later.userId(site.stores)).isEqualTo(first.userId(site.stores));
        assertThat(later.get("/api/v1/me").json().get("email").asText()).isEqualTo("asha.rao@example.org");
    }

    @Test
    void another_google_account_with_the_same_email_is_another_bettertalk_account() {
        var first = signedIn("google-sub-1", "asha@example.com");

        var other = signedIn("google-sub-2", "asha@example.com");

        assertThat(other.userId(site.stores)).isNotEqualTo(first.userId(site.stores));
    }

    @Test
    void someone_who_onboarded_goes_straight_to_the_groups_next_time() {
        var first = signedIn("google-sub-1", "asha@example.com");
        first.get("/api/v1/me");
        first.json("POST", "/api/v1/onboarding", "{\"phone\":\"98765 43210\",\"age\":30,\"username\":\"asha_k\",\"acceptedTerms\":\"" + Consent.CURRENT + "\"}");
        var browser = site.visitor();
        var consent = start(browser);
        google.issues(FakeGoogle.claims("google-sub-1", "asha@example.com", consent.get("nonce")));

        var back = comeBack(browser, consent.get("state"));

        assertThat(back.location()).isEqualTo("/groups");
    }

    @Test
    void a_google_sign_in_started_from_a_page_ends_back_on_it_after_onboarding() {
        var browser = site.visitor();
        var started = browser.get("/auth/google?return=" + URLEncoder.encode("/mentor/x?tab=plans",
                StandardCharsets.UTF_8));
        var consent = query(URI.create(started.location()));
        google.issues(FakeGoogle.claims("google-sub-9", "meera@example.com", consent.get("nonce")));

        var back = comeBack(browser, consent.get("state"));

        assertThat(back.location()).isEqualTo("/onboarding?return=%2Fmentor%2Fx%3Ftab%3Dplans");
        assertThat(consent.toString()).doesNotContain("mentor");
    }

    @Test
    void a_google_sign_in_of_someone_onboarded_ends_on_the_page_it_started_from() {
        var first = signedIn("google-sub-1", "asha@example.com");
        first.get("/api/v1/me");
        first.json("POST", "/api/v1/onboarding", "{\"phone\":\"98765 43210\",\"age\":30,\"username\":\"asha_k\",\"acceptedTerms\":\"" + Consent.CURRENT + "\"}");
        var browser = site.visitor();
        var consent = query(URI.create(browser.get("/auth/google?return=%2Fprofile%3Ftab%3Dsessions").location()));
        google.issues(FakeGoogle.claims("google-sub-1", "asha@example.com", consent.get("nonce")));

        var back = comeBack(browser, consent.get("state"));

        assertThat(back.location()).isEqualTo("/profile?tab=sessions");
    }

    @Test
    void a_google_sign_in_asked_to_return_to_another_site_ends_on_the_groups() {
        var first = signedIn("google-sub-1", "asha@example.com");
        first.get("/api/v1/me");
        first.json("POST", "/api/v1/onboarding", "{\"phone\":\"98765 43210\",\"age\":30,\"username\":\"asha_k\",\"acceptedTerms\":\"" + Consent.CURRENT + "\"}");
        var browser = site.visitor();
        var consent = query(URI.create(browser.get("/auth/google?return=%2F%2Fevil.example%2F").location()));
        google.issues(FakeGoogle.claims("google-sub-1", "asha@example.com", consent.get("nonce")));

        var back = comeBack(browser, consent.get("state"));

        assertThat(back.location()).isEqualTo("/groups");
    }
}
