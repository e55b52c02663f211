package app.bettertalk.core.moderation;

import app.bettertalk.core.shared.DomainException;

import java.util.Locale;

/** Why something was reported; self-harm risk puts the case first in the queue. */
public enum ReportReason {
    HARASSMENT("Harassment or bullying"),
    SELF_HARM("Someone may be at risk of harming themselves"),
    SPAM("Spam or advertising"),
    CONTACT_DETAILS("Sharing contact details"),
    IMPERSONATION("Pretending to be someone else"),
    OTHER("Something else"),
    /** Never chosen by a person: a watched word that flags or holds raised it. */
    WATCHED_WORD("A watched word");

    private final String words;

    ReportReason(String words) {
        this.words = words;
    }

    /** The reason as a person reads it on the report form. */
    public String words() {
        return words;
    }

    /** Whether a person may give this reason on the report form. */
    public boolean chosenByPeople() {
        return this != WATCHED_WORD;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportReason parse(String text) {
        for (var reason : values()) {
            var wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            if (reason.chosenByPeople() && reason.key().equals(wanted)) {
                return reason;
            }
        }
        throw new DomainException.Validation("reason",
                "must be harassment, self_harm, spam, contact_details, impersonation or other");
    }
}
