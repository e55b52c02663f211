package app.bettertalk.web;

import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.identity.SessionToken;
import app.bettertalk.web.razorpay.RazorpayRoutes;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Runs before every request: security headers, the session behind the cookie, sign-in and onboarding gates, and
 * CSRF and Origin checks on everything that changes state. The one place these rules live in the web adapter.
 */
final class Guard {
    static final String PRE_CSRF_COOKIE = "bt_precsrf";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** A mentor's page and photo are public: the core says which mentors anyone may see. */
    private static final Pattern MENTOR_PAGE = Pattern.compile("/mentor/" + ID + "(/reviews)?");
    private static final Pattern MENTOR_PHOTO = Pattern.compile("/mentors/" + ID + "/photo");
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final ResumeSession resumeSession;
    private final WebSettings settings;

    Guard(ResumeSession resumeSession, WebSettings settings) {
        this.resumeSession = resumeSession;
        this.settings = settings;
    }

    void before(Context ctx) {
        // Short, random and meaningless: it joins a person's error report to the server's log line, nothing more.
        var requestId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
        ctx.attribute(Requests.REQUEST_ID, requestId);
        ctx.header("X-Request-Id", requestId);
        securityHeaders(ctx);
        ctx.attribute(Requests.SETTINGS, settings);
        var path = ctx.path();
        if (isAsset(path)) {
            return;
        }
        // Razorpay's servers post here with no session, cookie or Origin: the body's signature is their proof.
        if (path.equals(RazorpayRoutes.WEBHOOK) && ctx.method().name().equals("POST")) {
            return;
        }
        var cookie = ctx.cookie(Requests.SESSION_COOKIE);
        var resumed = cookie == null ? Optional.<ResumeSession.Resumed>empty() : resumeSession.resume(cookie);
        resumed.ifPresent(found -> ctx.attribute(Requests.RESUMED, found));
        if (resumed.isPresent() || Requests.wantsJson(ctx)) {
            ctx.header("Cache-Control", "no-store");
        }
        if (resumed.isEmpty() && !isPublic(path)) {
            throw WebRefusal.signedOut();
        }
        if (!SAFE_METHODS.contains(ctx.method().name())) {
            checkOrigin(ctx);
            checkCsrf(ctx, resumed.map(found -> found.session().csrfToken()).orElse(null));
        }
        if (resumed.isEmpty()) {
            // An image that shared caches may keep must not set a cookie; it has no form to protect either.
            if (!MENTOR_PHOTO.matcher(path).matches()) {
                preSessionCsrf(ctx);
            }
            return;
        }
        if (!resumed.get().user().onboarded() && !isOpenBeforeOnboarding(path)) {
            if (Requests.wantsJson(ctx)) {
                throw new WebRefusal(403, "onboarding_required", "Finish onboarding first.");
            }
            ctx.redirect(ReturnPath.to("/onboarding", ReturnPath.here(ctx)), HttpStatus.SEE_OTHER);
        }
    }

    private void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (settings.secureCookies()) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** A browser always names the page a state-changing request came from; it must be one of ours. */
    private void checkOrigin(Context ctx) {
        var origin = ctx.header("Origin");
        if (origin != null && !origin.equals(settings.origin())) {
            throw new WebRefusal(403, "bad_origin", "This request did not come from a BetterTalk page.");
        }
    }

    private void checkCsrf(Context ctx, String sessionToken) {
        var expected = sessionToken != null ? sessionToken : ctx.cookie(PRE_CSRF_COOKIE);
        var given = ctx.header("X-CSRF-Token");
        if (given == null && isForm(ctx)) {
            given = ctx.formParam("_csrf");
        }
        if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new WebRefusal(403, "bad_csrf", "This form has expired. Go back, reload the page and try again.");
        }
    }

    /** Signed-out forms (the development sign-in) echo a random cookie, so another site cannot post them. */
    private void preSessionCsrf(Context ctx) {
        var token = ctx.cookie(PRE_CSRF_COOKIE);
        if (token == null || token.length() != 43) {
            token = SessionToken.randomText();
            ctx.cookie(new Cookie(PRE_CSRF_COOKIE, token, "/", -1, settings.secureCookies(), true, null,
                    SameSite.LAX));
        }
        ctx.attribute(Requests.PRE_CSRF, token);
    }

    private static boolean isForm(Context ctx) {
        var type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
    }

    static boolean isAsset(String path) {
        return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    /** Pages and endpoints a signed-out visitor may use. */
    static boolean isPublic(String path) {
        return path.equals("/") || path.equals("/signin") || path.startsWith("/auth/") || path.equals("/health")
                // The helplines, for anyone; not /help/plan, which saves a member's own safety plan.
                || path.equals("/help") || path.equals("/privacy") || path.equals("/terms")
                || path.equals("/api/openapi.json") || path.equals("/unsubscribe")
                || MENTOR_PAGE.matcher(path).matches() || MENTOR_PHOTO.matcher(path).matches();
    }

    /** What a signed-in person who has not onboarded may still reach. */
    static boolean isOpenBeforeOnboarding(String path) {
        return isPublic(path) || path.equals("/onboarding") || path.equals("/signout")
                || path.equals("/signout/everywhere")
                || path.equals("/api/v1/onboarding") || path.equals("/api/v1/me");
    }
}
