package app.bettertalk.web.identity;

import com.google.api.client.auth.openidconnect.IdToken;
import com.google.api.client.googleapis.auth.oauth2.GoogleIdToken;
import com.google.api.client.googleapis.auth.oauth2.GooglePublicKeysManager;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.json.webtoken.JsonWebSignature;
import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Google's two endpoints as {@link GoogleOpenIdConnect} meets them, offline: the certs endpoint serves a certificate
 * for a key made here, and the token endpoint answers every code with an ID token signed by that key, with the
 * claims a test chooses. Every token request is kept for tests to read.
 */
final class FakeGoogle {
    static final String CLIENT_ID = "bettertalk-test.apps.googleusercontent.com";
    static final String CLIENT_SECRET = "test-secret";
    static final String CERTS_URL = "https://google.test/oauth2/v1/certs";
    private static final String KEY_ID = "test-key-1";

    private final KeyPair keys = newKeyPair();
    private final KeyPair strangerKeys = newKeyPair();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile String tokenResponse = "{\"error\":\"invalid_grant\"}";
    private volatile int tokenStatus = 400;

    private final MockHttpTransport transport = new MockHttpTransport() {
        @Override
        public LowLevelHttpRequest buildRequest(String method, String url) {
            return new MockLowLevelHttpRequest(url) {
                @Override
                public LowLevelHttpResponse execute() throws IOException {
                    if (url.equals(CERTS_URL)) {
                        return json(200, GsonFactory.getDefaultInstance().toString(Map.of(KEY_ID, certificate())))
                                .addHeader("Cache-Control", "public, max-age=3600");
                    }
                    if (url.equals(GoogleOpenIdConnect.TOKEN_URL)) {
                        tokenRequests.add(getContentAsString());
                        return json(tokenStatus, tokenResponse);
                    }
                    return json(404, "{}");
                }
            };
        }
    };

    /** The real adapter, talking to this fake Google. */
    GoogleOpenIdConnect client() {
        var keyManager = new GooglePublicKeysManager.Builder(transport, GsonFactory.getDefaultInstance())
                .setPublicCertsEncodedUrl(CERTS_URL).build();
        return new GoogleOpenIdConnect(CLIENT_ID, CLIENT_SECRET, transport, keyManager);
    }

    /** The claims of a good sign-in of {@code subject}: our audience, Google's issuer, valid for an hour. */
    static GoogleIdToken.Payload claims(String subject, String email, String nonce) {
        var now = Instant.now();
        var payload = new GoogleIdToken.Payload();
        payload.setIssuer("https://accounts.google.com");
        payload.setAudience(CLIENT_ID);
        payload.setSubject(subject);
        payload.setIssuedAtTimeSeconds(now.getEpochSecond());
        payload.setExpirationTimeSeconds(now.plus(Duration.ofHours(1)).getEpochSecond());
        payload.setNonce(nonce);
        payload.setEmail(email);
        payload.setEmailVerified(true);
        payload.set("name", "Asha Rao");
        return payload;
    }

    /** The next codes exchanged yield an ID token with these claims, signed with Google's (this fake's) key. */
    void issues(IdToken.Payload claims) {
        answer(200, tokenResponseWith(sign(keys, claims)));
    }

    /** The next codes yield a token with these claims signed by a key Google does not publish. */
    void issuesSignedByAStranger(IdToken.Payload claims) {
        answer(200, tokenResponseWith(sign(strangerKeys, claims)));
    }

    /** The next codes yield a token with these claims that claims to need no signature ({@code "alg":"none"}). */
    void issuesUnsigned(IdToken.Payload claims) {
        var json = GsonFactory.getDefaultInstance();
        var encoder = Base64.getUrlEncoder().withoutPadding();
        try {
            var header = new JsonWebSignature.Header().setAlgorithm("none").setType("JWT");
            answer(200, tokenResponseWith(encoder.encodeToString(json.toByteArray(header)) + "."
                    + encoder.encodeToString(json.toByteArray(claims)) + "."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next codes are answered with exactly this status and body. */
    void answer(int status, String body) {
        tokenStatus = status;
        tokenResponse = body;
    }

    /** The form bodies of the token requests made so far. */
    List<String> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    private static String tokenResponseWith(String idToken) {
        return "{\"access_token\":\"ya29.test\",\"token_type\":\"Bearer\",\"expires_in\":3599,"
                + "\"scope\":\"openid email profile\",\"id_token\":\"" + idToken + "\"}";
    }

    private String certificate() {
        var now = Instant.now();
        return SelfSignedCertificate.pem(keys, "google.test", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)));
    }

    private static String sign(KeyPair signer, IdToken.Payload claims) {
        var header = new JsonWebSignature.Header().setAlgorithm("RS256").setType("JWT").setKeyId(KEY_ID);
        try {
            return JsonWebSignature.signUsingRsaSha256(signer.getPrivate(), GsonFactory.getDefaultInstance(), header,
                    claims);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockLowLevelHttpResponse json(int status, String body) {
        return new MockLowLevelHttpResponse().setStatusCode(status).setContentType("application/json; charset=UTF-8")
                .setContent(body);
    }

    private static KeyPair newKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
