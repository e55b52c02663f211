package app.bettertalk.core.access;

/**
 * What a person is on BetterTalk; a user becomes a mentor by applying, a moderator or an admin only by an admin's
 * grant. An admin moderates too.
 */
public enum Role {
    USER, MENTOR, MODERATOR, ADMIN
}
