package app.bettertalk.web.directory;

import app.bettertalk.core.mentor.FindMentors;
import app.bettertalk.web.FeatureRoutes;
import io.javalin.config.JavalinConfig;

/** The mentor directory: the {@code /mentors} page and {@code GET /api/v1/mentors}. */
public final class DirectoryRoutes implements FeatureRoutes {
    private final DirectoryHandlers handlers;

    public DirectoryRoutes(FindMentors findMentors) {
        this.handlers = new DirectoryHandlers(findMentors);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/mentors", handlers::page);
        cfg.routes.get("/api/v1/mentors", handlers::api);
    }
}
