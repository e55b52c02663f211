package app.bettertalk.web.identity;

import com.google.api.client.googleapis.auth.oauth2.GoogleIdToken;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The Google adapter against an offline Google whose signing key the test made. */
class GoogleOpenIdConnectTest {
    private static final String REDIRECT = "http://127.0.0.1:7070/auth/google/callback";

    private final FakeGoogle google = new FakeGoogle();
    private final GoogleOpenIdConnect client = google.client();
    private final GoogleIdToken.Payload claims = FakeGoogle.claims("1234567890", "asha@example.com", "nonce-1");

    private GoogleAccounts.VerifiedGoogleAccount verify() {
        return client.verify("code-1", "verifier-1", REDIRECT, "nonce-1");
    }

    private Throwable refusal() {
        return catchThrowable(this::verify);
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    @Test
    void a_token_google_signed_for_us_gives_the_account_keyed_by_its_subject() {
        google.issues(claims);

        var account = verify();

        assertThat(account).isEqualTo(
                new GoogleAccounts.VerifiedGoogleAccount("1234567890", "asha@example.com", "Asha Rao"));
    }

    @Test
    void the_code_is_exchanged_with_the_pkce_verifier_and_our_client_credentials() {
        google.issues(claims);

        verify();

        assertThat(form(google.tokenRequests().getFirst())).containsEntry("code", "code-1")
                .containsEntry("code_verifier", "verifier-1").containsEntry("redirect_uri", REDIRECT)
                .containsEntry("grant_type", "authorization_code").containsEntry("client_id", FakeGoogle.CLIENT_ID)
                .containsEntry("client_secret", FakeGoogle.CLIENT_SECRET);
    }

    @Test
    void the_issuer_without_https_is_google_too() {
        claims.setIssuer("accounts.google.com");
        google.issues(claims);

        assertThat(verify().subject()).isEqualTo("1234567890");
    }

    @Test
    void a_token_for_another_client_is_refused() {
        claims.setAudience("someone-else.apps.googleusercontent.com");
        google.issues(claims);

        assertThat(refusal()).isInstanceOf(GoogleAccounts.GoogleSignInFailed.class)
                .hasMessageContaining("not valid for BetterTalk");
    }

    @Test
    void a_token_from_another_issuer_is_refused() {
        claims.setIssuer("https://accounts.evil.example");
        google.issues(claims);

        assertThat(refusal()).isInstanceOf(GoogleAccounts.GoogleSignInFailed.class)
                .hasMessageContaining("not valid for BetterTalk");
    }

    @Test
    void an_expired_token_is_refused() {
        var anHourAgo = Instant.now().minus(Duration.ofHours(2));
        claims.setIssuedAtTimeSeconds(anHourAgo.getEpochSecond());
        claims.setExpirationTimeSeconds(anHourAgo.plus(Duration.ofHours(1)).getEpochSecond());
        google.issues(claims);

        assertThat(refusal()).isInstanceOf(GoogleAccounts.GoogleSignInFailed.class)
                .hasMessageContaining("not valid for BetterTalk");
    }

    @Test
    void a_token_of_another_sign_in_attempt_is_refused() {
        claims.setNonce("nonce-of-another-attempt");
        google.issues(claims);

        assertThat(refusal()).isInstanceOf(GoogleAccounts.GoogleSignInFailed.class)
                .hasMessageContaining("another sign-in attempt");
    }

    @Test
    void a_token_without_a_nonce_is_refused() {
        claims.setNonce(null);
        google.issues(claims);

        assertThat(refusal()).isInstanceOf(GoogleAccounts.GoogleSignInFailed.class)
                .hasMessageContaining("another sign-in attempt");
    }

    @Test
    void an_account_whose_email_google_has_not_verified_is_refused() {
        claims.setEmailVerified(false);
        google.issues(claims);

        assertThat(refusal()).isInstanceOf(GoogleAccounts.GoogleSignInFailed.class)
                .hasMessageContaining("no verified email");
    }

    @Test
    void a_token_signed_with_a_key_google_does_not_publish_is_refused() {
        google.issuesSignedByAStranger(claims);

        assertThat(refusal()).isInstanceOf(GoogleAccounts.GoogleSignInFailed.class)
                .hasMessageContaining("not valid for BetterTalk");
    }

    @Test
    void a_token_that_claims_to_need_no_signature_is_refused() {
        google.issuesUnsigned(claims);

        assertThat(refusal()).isInstanceOf(GoogleAccounts.GoogleSignInFailed.class)
                .hasMessageContaining("not valid for BetterTalk");
    }

    @Test
    void a_code_google_does_not_accept_is_refused() {
        google.answer(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}");

        assertThat(refusal()).isInstanceOf(GoogleAccounts.GoogleSignInFailed.class)
                .hasMessageContaining("did not accept");
    }

    @Test
    void a_token_answer_without_an_id_token_is_refused() {
        google.answer(200, "{\"access_token\":\"ya29.test\",\"token_type\":\"Bearer\",\"expires_in\":3599}");

        assertThat(refusal()).isInstanceOf(GoogleAccounts.GoogleSignInFailed.class)
                .hasMessageContaining("without an ID token");
    }

    @Test
    void an_id_token_that_is_not_a_jwt_is_refused() {
        google.answer(200, "{\"access_token\":\"ya29.test\",\"token_type\":\"Bearer\",\"id_token\":\"not.a-jwt\"}");

        assertThat(refusal()).isInstanceOf(GoogleAccounts.GoogleSignInFailed.class);
    }

    @Test
    void the_consent_page_address_carries_state_nonce_and_an_s256_code_challenge() {
        var url = client.authorizationUrl("state-1", "nonce-1", "challenge-1", REDIRECT);

        var query = form(url.getRawQuery());
        assertThat(url.getHost()).isEqualTo("accounts.google.com");
        assertThat(query).containsEntry("state", "state-1").containsEntry("nonce", "nonce-1")
                .containsEntry("code_challenge", "challenge-1").containsEntry("code_challenge_method", "S256")
                .containsEntry("client_id", FakeGoogle.CLIENT_ID).containsEntry("redirect_uri", REDIRECT)
                .containsEntry("response_type", "code").containsEntry("scope", "openid email profile");
    }
}
