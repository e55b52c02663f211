package app.bettertalk.web.identity;

import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.EndSession;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.SessionPolicy;
import app.bettertalk.core.identity.SessionToken;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.identity.SignOutEverywhere;
import app.bettertalk.core.identity.StartSession;
import app.bettertalk.core.identity.User;
import app.bettertalk.web.Requests;
import app.bettertalk.web.ReturnPath;
import app.bettertalk.web.WebRefusal;
import app.bettertalk.web.WebSettings;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in (Google, or the development sign-in when enabled) and out. A sign-in started from a page with a
 * {@link ReturnPath} ends there (after onboarding, for someone new), whichever way they signed in.
 */
final class SignInHandlers {
    private static final String ATTEMPT_COOKIE = "bt_oidc";

    private final SignIn signIn;
    private final StartSession startSession;
    private final EndSession endSession;
    private final SignOutEverywhere signOutEverywhere;
    private final GoogleAccounts google;
    private final WebSettings settings;
    private final SessionPolicy sessionPolicy;

    SignInHandlers(SignIn signIn, StartSession startSession, EndSession endSession,
                   SignOutEverywhere signOutEverywhere, GoogleAccounts google, WebSettings settings,
                   SessionPolicy sessionPolicy) {
        this.signIn = signIn;
        this.startSession = startSession;
        this.endSession = endSession;
        this.signOutEverywhere = signOutEverywhere;
        this.google = google;
        this.settings = settings;
        this.sessionPolicy = sessionPolicy;
    }

    public void landing(Context ctx) {
        if (Requests.session(ctx).isPresent()) {
            ctx.redirect("/groups", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.render("landing.jte", Map.of("frame", Requests.frame(ctx, "Peer support and mentors")));
    }

    public void page(Context ctx) {
        var returnTo = ReturnPath.of(ctx);
        if (Requests.session(ctx).isPresent()) {
            ctx.redirect(returnTo.orElse("/groups"), HttpStatus.SEE_OTHER);
            return;
        }
        ctx.render("signin.jte", Map.of("frame", Requests.frame(ctx, "Sign in"),
                "google", settings.googleEnabled(), "devLogin", settings.devLogin(),
                "error", ctx.queryParamAsClass("error", String.class).getOrDefault(""),
                "returnTo", returnTo.orElse(""), "googleUrl", ReturnPath.to("/auth/google", returnTo),
                "signedOutEverywhere", "everywhere".equals(ctx.queryParam("signedOut"))));
    }

    /** The development sign-in: any email and name, no password; only served with {@code --dev-login}. */
    public void devSignIn(Context ctx) {
        if (!settings.devLogin()) {
            throw new WebRefusal(404, "not_found", "There is nothing here.");
        }
        var email = new EmailAddress(Requests.form(ctx, "email"));
        var name = Requests.form(ctx, "name").strip();
        var user = signIn.signIn(new SignIn.Command(new GoogleSubject("dev:" + email.value()), email,
                name.isEmpty() ? email.value() : name)).user();
        startSessionFor(ctx, user, ReturnPath.of(ctx));
    }

    /**
     * Sends the browser to Google with a fresh state, nonce and PKCE verifier kept in a short-lived cookie, with the
     * page to return to beside them: bound to this attempt's state, and checked again when it comes back.
     */
    public void googleStart(Context ctx) {
        if (!settings.googleEnabled()) {
            throw new WebRefusal(404, "not_found", "Google sign-in is not configured on this server.");
        }
        var state = SessionToken.randomText();
        var nonce = SessionToken.randomText();
        var verifier = SessionToken.randomText();
        var returnTo = ReturnPath.of(ctx).map(path -> "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(path.getBytes(StandardCharsets.US_ASCII))).orElse("");
        ctx.cookie(new Cookie(ATTEMPT_COOKIE, state + "." + nonce + "." + verifier + returnTo, "/auth/google", 600,
                settings.secureCookies(), true, null, SameSite.LAX));
        ctx.redirect(google.authorizationUrl(state, nonce, challenge(verifier), callbackUrl()).toString(),
                HttpStatus.SEE_OTHER);
    }

    public void googleCallback(Context ctx) {
        var attempt = ctx.cookie(ATTEMPT_COOKIE);
        ctx.removeCookie(ATTEMPT_COOKIE, "/auth/google");
        var parts = attempt == null ? new String[0] : attempt.split("\\.");
        var state = ctx.queryParam("state");
        var code = ctx.queryParam("code");
        if (parts.length < 3 || parts.length > 4 || state == null || code == null
                || !constantTimeEquals(parts[0], state)) {
            ctx.redirect("/signin?error=expired", HttpStatus.SEE_OTHER);
            return;
        }
        try {
            var account = google.verify(code, parts[2], callbackUrl(), parts[1]);
            var user = signIn.signIn(new SignIn.Command(new GoogleSubject(account.subject()),
                    new EmailAddress(account.email()), account.name())).user();
            startSessionFor(ctx, user, parts.length == 4 ? returnPathIn(parts[3]) : Optional.empty());
        } catch (GoogleAccounts.GoogleSignInFailed failed) {
            ctx.redirect("/signin?error=google", HttpStatus.SEE_OTHER);
        }
    }

    /**
     * {@code POST /signout/everywhere}: ends every session of the person, on every device, this one too, and says so
     * on the sign-in page.
     */
    public void signOutEverywhere(Context ctx) {
        signOutEverywhere.signOut(Requests.actor(ctx));
        ctx.removeCookie(Requests.SESSION_COOKIE, "/");
        ctx.redirect("/signin?signedOut=everywhere", HttpStatus.SEE_OTHER);
    }

    public void signOut(Context ctx) {
        var cookie = ctx.cookie(Requests.SESSION_COOKIE);
        if (cookie != null) {
            endSession.end(cookie);
        }
        ctx.removeCookie(Requests.SESSION_COOKIE, "/");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /**
     * A new session on every sign-in, replacing whatever cookie the browser had (no session fixation); then to the
     * page to return to, through onboarding for someone new.
     */
    private void startSessionFor(Context ctx, User user, Optional<String> returnTo) {
        var started = startSession.start(new StartSession.Command(user.id()));
        ctx.cookie(new Cookie(Requests.SESSION_COOKIE, started.token().value(), "/",
                (int) sessionPolicy.absolute().toSeconds(), settings.secureCookies(), true, null, SameSite.LAX));
        ctx.redirect(user.onboarded() ? returnTo.orElse("/groups") : ReturnPath.to("/onboarding", returnTo),
                HttpStatus.SEE_OTHER);
    }

    private static Optional<String> returnPathIn(String encoded) {
        try {
            return ReturnPath.safe(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private String callbackUrl() {
        return settings.url("/auth/google/callback");
    }

    static String challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
