package app.bettertalk.core.moderation;

import app.bettertalk.core.shared.DomainException;

import java.util.Locale;

/** What a moderator decided about a case. */
public enum Outcome {
    /** Nothing against the rules: the content stays. */
    DISMISSED("No action was needed"),
    /** The content is hidden from everyone; the case keeps a copy for audit. */
    HIDDEN("The content was removed"),
    /** The author was warned. */
    WARNED("The author was warned"),
    /** The author may not sign in until a time. */
    SUSPENDED("The author was suspended"),
    /** The author may not sign in again. */
    BANNED("The author was banned");

    private final String told;

    Outcome(String told) {
        this.told = told;
    }

    /** What the reporter is told, without a word about the moderator or their notes. */
    public String told() {
        return told;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome parse(String text) {
        var wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (var outcome : values()) {
            if (outcome.key().equals(wanted) || (outcome == DISMISSED && wanted.equals("dismiss"))
                    || (outcome == HIDDEN && wanted.equals("hide")) || (outcome == WARNED && wanted.equals("warn"))
                    || (outcome == SUSPENDED && wanted.equals("suspend")) || (outcome == BANNED && wanted.equals("ban"))) {
                return outcome;
            }
        }
        throw new DomainException.Validation("outcome", "must be dismiss, hide, warn, suspend or ban");
    }
}
