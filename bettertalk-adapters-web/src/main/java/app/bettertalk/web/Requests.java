package app.bettertalk.web;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.FailureKind;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** What a handler may ask about the request it serves: who sent it, and how to read its parts. */
public final class Requests {
    /** The cookie that carries a sign-in session's token. */
    public static final String SESSION_COOKIE = "bt_session";
    static final String RESUMED = "bettertalk.resumed";
    static final String SETTINGS = "bettertalk.settings";
    static final String PRE_CSRF = "bettertalk.preCsrf";
    static final String UNREAD = "bettertalk.unread";
    static final String REQUEST_ID = "bettertalk.requestId";
    private static final Logger LOG = LoggerFactory.getLogger(Requests.class);

    private Requests() {
    }

    public static Optional<ResumeSession.Resumed> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(RESUMED));
    }

    /** The signed-in actor; a signed-out request never reaches a handler that asks (the guard sends it away). */
    public static Actor actor(Context ctx) {
        return session(ctx).map(ResumeSession.Resumed::actor).orElseThrow(WebRefusal::signedOut);
    }

    public static Frame frame(Context ctx, String title) {
        WebSettings settings = ctx.attribute(SETTINGS);
        var viewer = session(ctx).map(Viewer::of).orElse(null);
        var csrf = viewer != null ? viewer.csrfToken() : Optional.ofNullable(ctx.<String>attribute(PRE_CSRF)).orElse("");
        var here = ctx.path().equals("/signin") || ctx.path().equals("/") ? Optional.<String>empty()
                : ReturnPath.here(ctx);
        return new Frame(title, viewer, csrf, settings != null && settings.devLogin(), unread(ctx, viewer),
                ReturnPath.to("/signin", here));
    }

    /** The frame of a page shown to someone whose session ended during this very request. */
    public static Frame signedOutFrame(Context ctx, String title) {
        WebSettings settings = ctx.attribute(SETTINGS);
        return new Frame(title, null, "", settings != null && settings.devLogin(), 0, "/signin");
    }

    /**
     * How the page frame counts the signed-in person's unread messages; asked only when a page is rendered, after
     * its handler ran (so a chat the page just opened counts as read).
     */
    public static void countUnreadWith(Context ctx, ToIntFunction<Actor> count) {
        ctx.attribute(UNREAD, count);
    }

    private static int unread(Context ctx, Viewer viewer) {
        ToIntFunction<Actor> count = ctx.attribute(UNREAD);
        if (viewer == null || !viewer.onboarded() || count == null) {
            return 0;
        }
        try {
            return count.applyAsInt(actor(ctx));
        } catch (RuntimeException e) {
            // A badge is no reason to fail the page (an error page least of all): it shows none instead.
            LOG.warn("could not count unread messages for the page frame: {}", FailureKind.of(e));
            return 0;
        }
    }

    /** The API, and WebSocket handshakes (a refused one is no page for a person). */
    public static boolean wantsJson(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().startsWith("/ws/");
    }

    /** The signed-in actor, or {@link Actor#visitor()} on a public page someone reads without signing in. */
    public static Actor actorOrVisitor(Context ctx) {
        return session(ctx).map(ResumeSession.Resumed::actor).orElseGet(Actor::visitor);
    }

    /** A path parameter parsed into an id; one that is not an id is a 404, as an id that names nothing would be. */
    public static <T> T id(Context ctx, String name, Function<String, T> parse) {
        try {
            return parse.apply(ctx.pathParam(name));
        } catch (DomainException.Validation malformed) {
            throw new DomainException.NotFound(name);
        }
    }

    /** The client's address as the settings' trusted proxies let it be known ({@link WebSettings#clientAddress}). */
    public static String clientAddress(Context ctx, WebSettings settings) {
        return settings.clientAddress(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }

    /** How the server presents itself, as the guard left it on every request. */
    public static WebSettings settings(Context ctx) {
        return ctx.attribute(SETTINGS);
    }

    /** A form field, empty when absent. */
    public static String form(Context ctx, String name) {
        var value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    /** The id this request is logged under and its error answer names; {@code -} outside a request. */
    public static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "-" : id;
    }
}
