package app.bettertalk.core.access;

/** What a person is on BetterTalk; a user becomes a mentor by applying, an admin only by an operator's grant. */
public enum Role {
    USER, MENTOR, ADMIN
}
