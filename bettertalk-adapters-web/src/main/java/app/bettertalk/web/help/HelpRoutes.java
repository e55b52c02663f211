package app.bettertalk.web.help;

import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.Requests;
import io.javalin.config.JavalinConfig;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /help}: "Get help now", reached from every page by anyone, signed in or not, onboarded or not: the
 * helplines to call in a crisis, each a tap away on a phone.
 */
public final class HelpRoutes implements FeatureRoutes {
    /** A line to call: who answers, the number as shown, the number to dial, and when and how it helps. */
    public record Helpline(String name, String number, String dial, String about) {
    }

    /** India's free national lines; the first is the mental-health line, answered 24x7 in many languages. */
    public static final List<Helpline> INDIA = List.of(
            new Helpline("Tele-MANAS", "14416", "14416",
                    "Free, 24x7, from any phone in India; trained counsellors in many Indian languages."),
            new Helpline("Tele-MANAS (toll-free)", "1-800-891-4416", "18008914416",
                    "The same service on a toll-free number."),
            new Helpline("Emergency", "112", "112",
                    "Police, ambulance and fire, if you or someone else is in danger right now."));

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
