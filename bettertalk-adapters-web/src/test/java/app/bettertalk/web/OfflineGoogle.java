package app.bettertalk.web;

import app.bettertalk.web.identity.GoogleAccounts;

import java.net.URI;

/** Google sign-in switched on but never completed: the consent page is a made-up address, and no code is good. */
final class OfflineGoogle implements GoogleAccounts {
    static final String AUTHORIZE = "https://accounts.google.test/o/oauth2/v2/auth";

    @Override
    public URI authorizationUrl(String state, String nonce, String codeChallenge, String redirectUri) {
        return URI.create(AUTHORIZE + "?state=" + state);
    }

    @Override
    public VerifiedGoogleAccount verify(String code, String codeVerifier, String redirectUri, String expectedNonce) {
        throw new GoogleSignInFailed("no code is good offline", null);
    }
}
