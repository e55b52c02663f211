package app.bettertalk.web;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.ResumeSession;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * Who asks to open a WebSocket: a person signed in on one of this site's own pages. Every socket checks this before
 * the upgrade, since browsers send cookies with a cross-site WebSocket and no CSRF token can ride along.
 */
public final class SocketUpgrade {
    private SocketUpgrade() {
    }

    /** The signed-in person behind {@code ctx}; refuses (by throwing) the signed out and other sites' pages. */
    public static Actor signedInFromThisSite(Context ctx, ResumeSession resumeSession, WebSettings settings) {
        var token = ctx.cookie(Requests.SESSION_COOKIE);
        var resumed = token == null ? Optional.<ResumeSession.Resumed>empty() : resumeSession.resume(token);
        if (resumed.isEmpty()) {
            throw WebRefusal.signedOut();
        }
        if (!settings.origin().equals(ctx.header("Origin"))) {
            throw new WebRefusal(403, "bad_origin", "This connection did not come from a BetterTalk page.");
        }
        return resumed.get().actor();
    }
}
