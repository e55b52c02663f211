package app.bettertalk.web;

import io.javalin.config.JavalinConfig;

import java.util.Map;
import java.util.function.BooleanSupplier;

/** {@code GET /health}: 200 while the database answers, 503 ("degraded") while it does not. */
final class Health implements FeatureRoutes {
    private final BooleanSupplier databaseReady;

    Health(BooleanSupplier databaseReady) {
        this.databaseReady = databaseReady;
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/health", ctx -> {
            var ready = databaseReady.getAsBoolean();
            ctx.status(ready ? 200 : 503).contentType("application/json").result(Json.write(Map.of(
                    "status", ready ? "ok" : "degraded", "database", ready ? "ready" : "unavailable")));
        });
    }
}
