/**
 * A person's rights over their data: {@link app.bettertalk.core.privacy.ExportData} gathers everything BetterTalk
 * holds about them, or that they may read, for "Download my data" and {@code users export}; an export by anyone but
 * the person themselves is written to the audit trail.
 */
package app.bettertalk.core.privacy;
