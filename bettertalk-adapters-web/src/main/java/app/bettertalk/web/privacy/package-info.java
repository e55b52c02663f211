/**
 * The privacy notice ({@code /privacy}) and the terms ({@code /terms}): plain pages anyone may read, signed in or not,
 * that say who can see what. Their version is the core's {@code Consent.CURRENT}, which onboarding records.
 */
package app.bettertalk.web.privacy;
