package app.bettertalk.web.identity;

import java.net.URI;

/**
 * Google's side of OpenID Connect sign-in: where to send the browser, and what a returned authorization code proves.
 * The real one talks to Google; tests use one that signs tokens with a key of their own.
 */
public interface GoogleAccounts {
    /** Google's consent page for this sign-in attempt (authorization-code flow with PKCE S256). */
    URI authorizationUrl(String state, String nonce, String codeChallenge, String redirectUri);

    /**
     * Exchanges {@code code} and checks the ID token it yields: signature, issuer, audience (our client id),
     * expiry, {@code nonce} and a verified email. Any failure is a {@link GoogleSignInFailed}.
     */
    VerifiedGoogleAccount verify(String code, String codeVerifier, String redirectUri, String expectedNonce);

    /** What a verified ID token says about the person. */
    record VerifiedGoogleAccount(String subject, String email, String name) {
    }

    /** Google did not vouch for this sign-in; the message is safe to show. */
    final class GoogleSignInFailed extends RuntimeException {
        public GoogleSignInFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
