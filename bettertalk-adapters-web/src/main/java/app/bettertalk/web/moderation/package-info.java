/**
 * Reporting (a form and {@code POST /api/v1/reports}), a member's own reports and their outcomes, and the moderators'
 * pages: the queue at {@code /admin/moderation}, a case, and its decision.
 */
package app.bettertalk.web.moderation;
