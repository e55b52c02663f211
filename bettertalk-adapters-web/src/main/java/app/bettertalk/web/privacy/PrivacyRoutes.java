package app.bettertalk.web.privacy;

import app.bettertalk.core.identity.Consent;
import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.Requests;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.Map;

/** {@code GET /privacy} and {@code GET /terms}: the words a person agrees to at onboarding, for anyone to read. */
public final class PrivacyRoutes implements FeatureRoutes {
    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/privacy", ctx -> page(ctx, "Privacy notice", "privacy/privacy.jte"));
        cfg.routes.get("/terms", ctx -> page(ctx, "Terms of use", "privacy/terms.jte"));
    }

    private static void page(Context ctx, String title, String template) {
        ctx.render(template, Map.of("frame", Requests.frame(ctx, title), "version", Consent.CURRENT));
    }
}
