package app.bettertalk.web.privacy;

import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.privacy.EraseAccount;
import app.bettertalk.core.privacy.ExportData;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.OpenSockets;
import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.Requests;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /privacy} and {@code GET /terms}: the words a person agrees to at onboarding, for anyone to read;
 * {@code GET /profile/data}, "Download my data", a member's own export as a ZIP; and {@code /profile/delete}, "Delete
 * my account", which asks again (the username typed, and what to do with posts and messages) before it erases.
 */
public final class PrivacyRoutes implements FeatureRoutes {
    private final ExportData exportData;
    private final EraseAccount eraseAccount;
    private final OpenSockets sockets;

    public PrivacyRoutes(ExportData exportData, EraseAccount eraseAccount, OpenSockets sockets) {
        this.exportData = exportData;
        this.eraseAccount = eraseAccount;
        this.sockets = sockets;
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/privacy", ctx -> page(ctx, "Privacy notice", "privacy/privacy.jte"));
        cfg.routes.get("/terms", ctx -> page(ctx, "Terms of use", "privacy/terms.jte"));
        cfg.routes.get("/profile/data", this::download);
        cfg.routes.get("/profile/delete", ctx -> deletion(ctx, Map.of(), ""));
        cfg.routes.post("/profile/delete", this::delete);
    }

    private static void deletion(Context ctx, Map<String, String> typed, String error) {
        var model = new HashMap<String, Object>();
        model.put("frame", Requests.frame(ctx, "Delete my account"));
        model.put("username", Requests.session(ctx).flatMap(found -> found.user().username())
                .map(username -> username.value()).orElse(""));
        model.put("typed", typed.getOrDefault("confirmation", ""));
        model.put("erasePosts", "erase".equals(typed.get("posts")));
        model.put("eraseMessages", "erase".equals(typed.get("messages")));
        model.put("error", error);
        ctx.render("privacy/delete.jte", model);
    }

    /** {@code POST /profile/delete}: erases, ends every session and socket, and says goodbye signed out. */
    private void delete(Context ctx) {
        var actor = Requests.actor(ctx);
        var typed = Map.of("confirmation", Requests.form(ctx, "confirmation"), "posts", Requests.form(ctx, "posts"),
                "messages", Requests.form(ctx, "messages"));
        try {
            eraseAccount.erase(new EraseAccount.Command(actor, actor.id(), typed.get("confirmation"),
                    "erase".equals(typed.get("posts")), "erase".equals(typed.get("messages"))));
        } catch (DomainException.Validation refused) {
            ctx.status(ErrorMapper.status(refused));
            deletion(ctx, typed, refused.rule());
            return;
        }
        sockets.userSignedOut(actor.id());
        ctx.removeCookie(Requests.SESSION_COOKIE, "/");
        ctx.render("privacy/deleted.jte", Map.of("frame", Requests.signedOutFrame(ctx, "Account deleted")));
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
