package app.bettertalk.web.moderation;

import app.bettertalk.core.moderation.DecideCase;
import app.bettertalk.core.moderation.ListMyReports;
import app.bettertalk.core.moderation.ReportSubject;
import app.bettertalk.core.moderation.ViewModerationCase;
import app.bettertalk.core.moderation.ViewModerationQueue;
import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.OpenSockets;
import io.javalin.config.JavalinConfig;

/** Reporting, a member's own reports, and the moderation pages. */
public final class ModerationRoutes implements FeatureRoutes {
    private final ModerationHandlers handlers;

    public ModerationRoutes(ReportSubject reportSubject, ListMyReports listMyReports, ViewModerationQueue viewQueue,
                            ViewModerationCase viewCase, DecideCase decideCase, OpenSockets sockets) {
        this.handlers = new ModerationHandlers(reportSubject, listMyReports, viewQueue, viewCase, decideCase, sockets);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/report", handlers::form);
        cfg.routes.post("/report", handlers::report);
        cfg.routes.post("/api/v1/reports", handlers::reportApi);
        cfg.routes.get("/profile/reports", handlers::mine);
        cfg.routes.get("/api/v1/me/reports", handlers::mineApi);
        cfg.routes.get("/admin/moderation", handlers::queue);
        cfg.routes.get("/admin/moderation/{id}", handlers::open);
        cfg.routes.post("/admin/moderation/{id}/decision", handlers::decide);
    }
}
