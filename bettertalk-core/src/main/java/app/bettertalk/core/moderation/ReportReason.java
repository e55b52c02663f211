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
    OTHER("Something else");

    private final String words;

    ReportReason(String words) {
        this.words = words;
    }

    /** The reason as a person reads it on the report form. */
    public String words() {
        return words;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportReason parse(String text) {
        for (var reason : values()) {
            if (reason.key().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return reason;
            }
        }
        throw new DomainException.Validation("reason",
                "must be harassment, self_harm, spam, contact_details, impersonation or other");
    }
}
