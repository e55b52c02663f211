/**
 * How often people may do the things others can be flooded with (sign in, post, comment, message, report, book):
 * a {@link app.bettertalk.core.limits.Throttle} holds each account and each client address to its
 * {@link app.bettertalk.core.limits.RateLimits}, tighter for an account in its first day, and a
 * {@link app.bettertalk.core.limits.RateCounter} adapter does the counting.
 */
package app.bettertalk.core.limits;
