package app.bettertalk.core.mailing;

/** Where an email in the outbox stands. Only {@code QUEUED} emails are ever claimed; the others are settled. */
public enum EmailStatus {
    /** Waiting to be sent, now or at its due time after a temporary failure. */
    QUEUED,
    /** Accepted by the mail server. */
    SENT,
    /** Refused for good, or given up on after the last retry; an operator may queue it again. */
    FAILED,
    /** Not sent because its recipient turned this kind of email off. */
    SKIPPED
}
