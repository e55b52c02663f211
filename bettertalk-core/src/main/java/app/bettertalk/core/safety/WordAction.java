package app.bettertalk.core.safety;

import app.bettertalk.core.shared.DomainException;

import java.util.Locale;

/** What saying a watched word in a post or comment does, weakest first. */
public enum WordAction {
    /** The text goes out and moderators are asked to look at it. */
    FLAG,
    /** The text waits, seen by no one else, until a moderator approves it. */
    HOLD,
    /** The text is refused, and its writer told which word to change. */
    BLOCK;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An action as admins type it ({@code block}, {@code hold}, {@code flag}); anything else is a 422. */
    public static WordAction parse(String text) {
        var wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (var action : values()) {
            if (action.key().equals(wanted)) {
                return action;
            }
        }
        throw new DomainException.Validation("action", "must be block, hold or flag");
    }
}
