/**
 * The audit trail: every time someone other than its owners reads a chat message, session notes or a safety plan (a
 * moderator opening a reported message, an operator exporting a person's data), who, what, whose, when and why are
 * appended to {@link app.bettertalk.core.audit.AuditTrail}. Nothing updates or removes an entry, an erasure included:
 * entries name people by account id only.
 */
package app.bettertalk.core.audit;
