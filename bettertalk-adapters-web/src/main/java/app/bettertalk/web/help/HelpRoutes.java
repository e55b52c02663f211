package app.bettertalk.web.help;

import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.Requests;
import io.javalin.config.JavalinConfig;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /help}: "Get help now", reached from every page by anyone, signed in or not, onboarded or not: the
 * helplines to call in a crisis (the configured ones, India's by default), each a tap away on a phone.
 */
public final class HelpRoutes implements FeatureRoutes {
    private final List<Helpline> helplines;

    public HelpRoutes(List<Helpline> helplines) {
        this.helplines = List.copyOf(helplines);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/help", ctx -> ctx.render("help/help.jte",
                Map.of("frame", Requests.frame(ctx, "Get help now"), "helplines", helplines)));
    }
}
