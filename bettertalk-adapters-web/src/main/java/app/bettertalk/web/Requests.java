package app.bettertalk.web;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.shared.DomainException;
import io.javalin.http.Context;

import java.util.Optional;
import java.util.function.Function;

/** What a handler may ask about the request it serves: who sent it, and how to read its parts. */
public final class Requests {
    /** The cookie that carries a sign-in session's token. */
    public static final String SESSION_COOKIE = "bt_session";
    static final String RESUMED = "bettertalk.resumed";
    static final String SETTINGS = "bettertalk.settings";
    static final String PRE_CSRF = "bettertalk.preCsrf";

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
        return new Frame(title, viewer, csrf, settings != null && settings.devLogin(),
                ReturnPath.to("/signin", here));
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

    /** A form field, empty when absent. */
    public static String form(Context ctx, String name) {
        var value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
