/**
 * The web adapter: one Javalin server ({@link app.bettertalk.web.WebApp}) with server-rendered JTE pages, the JSON
 * API under {@code /api/v1}, the chat WebSocket and Google sign-in. Handlers parse a request into a core command, call
 * one use case and render the answer; every rule lives in the core. {@link app.bettertalk.web.Guard} is the one
 * place for sessions, CSRF and the onboarding gate; {@link app.bettertalk.web.ErrorMapper} the one place that turns
 * failures into statuses.
 */
package app.bettertalk.web;
