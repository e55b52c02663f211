package app.bettertalk.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;

import java.util.Map;

/** Javalin's renderer over JTE templates compiled at build time (src/main/jte), escaping HTML by default. */
final class JteRenderer implements FileRenderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    @SuppressWarnings("unchecked")
    public String render(String template, Map<String, ?> model, Context ctx) {
        var out = new StringOutput();
        engine.render(template, (Map<String, Object>) model, out);
        return out.toString();
    }
}
