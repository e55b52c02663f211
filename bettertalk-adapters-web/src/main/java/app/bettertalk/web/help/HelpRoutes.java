package app.bettertalk.web.help;

import app.bettertalk.core.safetyplan.SaveSafetyPlan;
import app.bettertalk.core.safetyplan.ViewSafetyPlan;
import app.bettertalk.web.FeatureRoutes;
import io.javalin.config.JavalinConfig;

import java.util.List;

/**
 * {@code GET /help}: "Get help now", reached from every page by anyone, signed in or not, onboarded or not: the
 * helplines to call in a crisis (the configured ones, India's by default), each a tap away on a phone; below them a
 * member's own safety plan, changed with {@code POST /help/plan} (which needs a sign-in, unlike the page) or through
 * {@code /api/v1/me/safety-plan}.
 */
public final class HelpRoutes implements FeatureRoutes {
    private final HelpHandlers page;
    private final SafetyPlanApiHandlers api;

    public HelpRoutes(List<Helpline> helplines, ViewSafetyPlan viewSafetyPlan, SaveSafetyPlan saveSafetyPlan) {
        this.page = new HelpHandlers(helplines, viewSafetyPlan, saveSafetyPlan);
        this.api = new SafetyPlanApiHandlers(viewSafetyPlan, saveSafetyPlan);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/help", page::page);
        cfg.routes.post("/help/plan", page::save);
        cfg.routes.get("/api/v1/me/safety-plan", api::read);
        cfg.routes.put("/api/v1/me/safety-plan", api::write);
    }
}
