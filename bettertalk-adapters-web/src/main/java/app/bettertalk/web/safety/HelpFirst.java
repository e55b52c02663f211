package app.bettertalk.web.safety;

import app.bettertalk.web.Requests;
import app.bettertalk.web.WebSettings;
import app.bettertalk.web.limits.RateLimitRoutes;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page a form lands on when the core held what someone wrote because it suggests they may be at risk: the
 * helplines first, then their words, kept and editable, with a button to send them anyway. The status is 409: the
 * text was not stored.
 */
public final class HelpFirst {
    private HelpFirst() {
    }

    /**
     * What was held and how to send it again.
     *
     * @param action    the form's own address, posted again with {@code sendAnyway=yes}
     * @param textField the name of the field that carries the text
     * @param fields    the other fields the form carried, posted again unchanged
     * @param back      where "Not now" goes
     */
    public record Held(String action, String textField, String text, int maxLength, Map<String, String> fields,
                       String back, String sendLabel) {
        public Held {
            fields = new LinkedHashMap<>(fields);
        }
    }

    /** Whether the writer already saw the helplines for this text and chose to send it. */
    public static boolean sendAnyway(Context ctx) {
        return "yes".equals(ctx.formParam("sendAnyway"));
    }

    public static void render(Context ctx, Held held) {
        WebSettings settings = Requests.settings(ctx);
        ctx.status(409);
        ctx.attribute(RateLimitRoutes.HELD, true);
        ctx.render("safety/help-first.jte", Map.of("frame", Requests.frame(ctx, "Before this goes out"),
                "helplines", settings.helplines(), "held", held));
    }
}
