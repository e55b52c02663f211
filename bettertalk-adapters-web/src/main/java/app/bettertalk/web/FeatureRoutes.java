package app.bettertalk.web;

import io.javalin.config.JavalinConfig;

/**
 * One feature's part of the server: its routes (and, for the chat, its WebSocket), registered with the handlers it
 * built from the use cases it was given. Each web feature package has one; {@link WebApp} lists them.
 */
@FunctionalInterface
public interface FeatureRoutes {
    void register(JavalinConfig cfg);
}
