package app.bettertalk.web;

import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.identity.SessionPolicy;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.chat.InProcessLiveDelivery;
import app.bettertalk.web.identity.GoogleAccounts;
import app.bettertalk.web.identity.OnboardingHandlers;
import app.bettertalk.web.identity.SignInHandlers;
import app.bettertalk.web.notification.EmailPreferenceHandlers;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * BetterTalk's web server: every route, the WebSocket, the renderer and the error mapping in one
 * {@code Javalin.create} block. Handlers run on virtual threads; stopping lets requests in flight finish.
 */
public final class WebApp {
    /** Bodies larger than this are refused with 413 before any handler reads them. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    private final Javalin javalin;

    public WebApp(BetterTalkCore core, WebSettings settings, InProcessLiveDelivery live, GoogleAccounts google,
                  SessionPolicy sessionPolicy, BooleanSupplier databaseReady) {
        var guard = new Guard(core.resumeSession(), settings);
        var signIn = new SignInHandlers(core.signIn(), core.startSession(), core.endSession(), google, settings,
                sessionPolicy);
        var onboarding = new OnboardingHandlers(core.completeOnboarding());
        var emailPreferences = new EmailPreferenceHandlers(core.viewEmailPreferences(),
                core.changeEmailPreferences(), core.unsubscribe());
        this.javalin = Javalin.create(cfg -> {
            configure(cfg);
            cfg.routes.before(guard::before);
            cfg.routes.exception(DomainException.class, ErrorMapper::domain);
            cfg.routes.exception(WebRefusal.class, ErrorMapper::refusal);
            cfg.routes.exception(Exception.class, ErrorMapper::unexpected);
            cfg.routes.error(404, ErrorMapper::notFound);

            cfg.routes.get("/health", ctx -> {
                var ready = databaseReady.getAsBoolean();
                ctx.status(ready ? 200 : 503).contentType("application/json")
                        .result(Json.write(Map.of("status", ready ? "ok" : "degraded", "database",
                                ready ? "ready" : "unavailable")));
            });

            // identity
            cfg.routes.get("/", signIn::landing);
            cfg.routes.get("/signin", signIn::page);
            cfg.routes.post("/auth/dev", signIn::devSignIn);
            cfg.routes.get("/auth/google", signIn::googleStart);
            cfg.routes.get("/auth/google/callback", signIn::googleCallback);
            cfg.routes.post("/signout", signIn::signOut);
            cfg.routes.get("/onboarding", onboarding::form);
            cfg.routes.post("/onboarding", onboarding::submit);

            // email preferences
            cfg.routes.get("/profile/emails", emailPreferences::form);
            cfg.routes.post("/profile/emails", emailPreferences::save);
            cfg.routes.get("/unsubscribe", emailPreferences::confirm);
            cfg.routes.post("/unsubscribe", emailPreferences::unsubscribe);
        });
    }

    private static void configure(JavalinConfig cfg) {
        cfg.startup.showJavalinBanner = false;
        cfg.concurrency.useVirtualThreads = true;
        cfg.http.maxRequestSize = MAX_BODY_BYTES;
        cfg.jsonMapper(Json.mapper());
        cfg.fileRenderer(new JteRenderer());
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
        });
        cfg.jetty.modifyServer(server -> {
            server.setStopTimeout(10_000);
            server.insertHandler(new GracefulHandler());
        });
        // JTE output is UTF-8; say so, since Javalin's text/html carries no charset.
        cfg.routes.after(ctx -> {
            var type = ctx.res().getContentType();
            if (type != null && type.startsWith("text/html") && !type.contains("charset")) {
                ctx.contentType("text/html; charset=utf-8");
            }
        });
    }

    public WebApp start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests and waits up to ten seconds for those in flight. */
    public void stop() {
        javalin.stop();
    }
}
