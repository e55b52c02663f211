package app.bettertalk.web;

import io.javalin.config.JavalinConfig;

/**
 * Closes the live sockets of a session the moment it is signed out here, and of every session of a person who signs
 * out everywhere; {@link OpenSockets} finds sessions that ended elsewhere on its own.
 */
final class SocketSessions implements FeatureRoutes {
    private final OpenSockets sockets;

    SocketSessions(OpenSockets sockets) {
        this.sockets = sockets;
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.after("/signout", ctx -> {
            var token = ctx.cookie(Requests.SESSION_COOKIE);
            if (ctx.method().name().equals("POST") && token != null && ctx.status().getCode() < 400) {
                sockets.sessionEnded(token);
            }
        });
        cfg.routes.after("/signout/everywhere", ctx -> {
            if (ctx.method().name().equals("POST") && ctx.status().getCode() < 400) {
                Requests.session(ctx).ifPresent(resumed -> sockets.userSignedOut(resumed.user().id()));
            }
        });
    }
}
