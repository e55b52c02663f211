package app.bettertalk.web.identity;

import com.google.api.client.auth.openidconnect.IdToken;
import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeRequestUrl;
import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeTokenRequest;
import com.google.api.client.googleapis.auth.oauth2.GoogleIdToken;
import com.google.api.client.googleapis.auth.oauth2.GoogleIdTokenVerifier;
import com.google.api.client.googleapis.auth.oauth2.GooglePublicKeysManager;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Objects;

/**
 * Google sign-in over OpenID Connect with Google API Client: the authorization-code flow with PKCE, then the ID
 * token checked by {@link GoogleIdTokenVerifier} (Google's signature, issuer, our client id as audience, expiry) and
 * by us (the nonce we sent, a verified email). Accounts are keyed by the token's {@code sub}.
 */
public final class GoogleOpenIdConnect implements GoogleAccounts {
    static final String TOKEN_URL = "https://oauth2.googleapis.com/token";

    private final String clientId;
    private final String clientSecret;
    private final HttpTransport transport;
    private final JsonFactory json;
    private final GoogleIdTokenVerifier verifier;

    public GoogleOpenIdConnect(String clientId, String clientSecret) {
        this(clientId, clientSecret, new NetHttpTransport(),
                new GooglePublicKeysManager(new NetHttpTransport(), GsonFactory.getDefaultInstance()));
    }

    /** With the HTTP transport and key source given, as the tests do to sign tokens with their own key. */
    public GoogleOpenIdConnect(String clientId, String clientSecret, HttpTransport transport,
                               GooglePublicKeysManager keys) {
        this.clientId = Objects.requireNonNull(clientId);
        this.clientSecret = Objects.requireNonNull(clientSecret);
        this.transport = transport;
        this.json = GsonFactory.getDefaultInstance();
        this.verifier = new GoogleIdTokenVerifier.Builder(keys).setAudience(List.of(clientId)).build();
    }

    @Override
    public URI authorizationUrl(String state, String nonce, String codeChallenge, String redirectUri) {
        var url = new GoogleAuthorizationCodeRequestUrl(clientId, redirectUri, List.of("openid", "email", "profile"))
                .setState(state);
        url.set("nonce", nonce);
        url.set("code_challenge", codeChallenge);
        url.set("code_challenge_method", "S256");
        url.set("prompt", "select_account");
        return URI.create(url.build());
    }

    @Override
    public VerifiedGoogleAccount verify(String code, String codeVerifier, String redirectUri, String expectedNonce) {
        final GoogleIdToken token;
        try {
            var request = new GoogleAuthorizationCodeTokenRequest(transport, json, TOKEN_URL, clientId, clientSecret,
                    code, redirectUri);
            request.set("code_verifier", codeVerifier);
            var response = request.execute();
            if (response.getIdToken() == null) {
                throw new GoogleSignInFailed("Google answered without an ID token", null);
            }
            token = response.parseIdToken();
        } catch (IOException | IllegalArgumentException e) {
            throw new GoogleSignInFailed("Google did not accept the sign-in code", e);
        }
        try {
            if (!verifier.verify(token)) {
                throw new GoogleSignInFailed("the ID token is not valid for BetterTalk", null);
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new GoogleSignInFailed("the ID token could not be checked", e);
        }
        var payload = token.getPayload();
        if (!expectedNonce.equals(((IdToken.Payload) payload).getNonce())) {
            throw new GoogleSignInFailed("the ID token belongs to another sign-in attempt", null);
        }
        if (!Boolean.TRUE.equals(payload.getEmailVerified()) || payload.getEmail() == null) {
            throw new GoogleSignInFailed("the Google account has no verified email", null);
        }
        var name = payload.get("name") instanceof String given ? given : "";
        return new VerifiedGoogleAccount(payload.getSubject(), payload.getEmail(), name);
    }
}
