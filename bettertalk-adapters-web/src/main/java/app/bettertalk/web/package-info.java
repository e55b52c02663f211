/**
 * The web adapter: one Javalin server ({@link app.bettertalk.web.WebApp}) with server-rendered JTE pages, the JSON
 * API under {@code /api/v1}, the chat WebSocket and Google sign-in. Each feature package has one
 * {@link app.bettertalk.web.FeatureRoutes} ({@code ChatRoutes}, {@code MentorRoutes}, ...) that is given only the use
 * cases its handlers call and registers its own routes; {@code WebApp} sets the server up and lists the features.
 * Handlers parse a request into a core command, call one use case and render the answer; every rule lives in the
 * core, and a view shows the answers the core's views carry (who may pay, book or edit) without deciding them.
 * {@link app.bettertalk.web.Guard} is the one place for sessions, CSRF and the onboarding gate;
 * {@link app.bettertalk.web.ErrorMapper} the one place that turns failures into statuses.
 */
package app.bettertalk.web;
