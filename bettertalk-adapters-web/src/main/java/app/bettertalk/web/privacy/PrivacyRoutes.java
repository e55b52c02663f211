package app.bettertalk.web.privacy;

import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.privacy.ExportData;
import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.Requests;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.Map;

/**
 * {@code GET /privacy} and {@code GET /terms}: the words a person agrees to at onboarding, for anyone to read; and
 * {@code GET /profile/data}, "Download my data", a member's own export as a ZIP.
 */
public final class PrivacyRoutes implements FeatureRoutes {
    private final ExportData exportData;

    public PrivacyRoutes(ExportData exportData) {
        this.exportData = exportData;
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/privacy", ctx -> page(ctx, "Privacy notice", "privacy/privacy.jte"));
        cfg.routes.get("/terms", ctx -> page(ctx, "Terms of use", "privacy/terms.jte"));
        cfg.routes.get("/profile/data", this::download);
    }

    private void download(Context ctx) {
        var actor = Requests.actor(ctx);
        var export = exportData.export(new ExportData.Query(actor, actor.id(), ""));
        ctx.header("Content-Disposition", "attachment; filename=\"" + DataArchive.fileName(export) + "\"");
        // A copy of someone's most private words: never kept by a cache on the way.
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/zip").result(DataArchive.zip(export));
    }

    private static void page(Context ctx, String title, String template) {
        ctx.render(template, Map.of("frame", Requests.frame(ctx, title), "version", Consent.CURRENT));
    }
}
