package app.bettertalk.core.notification;

/** The six kinds of email; the last four are optional and a person may turn them off. */
public enum EmailKind {
    ONBOARDING_COMPLETED(false),
    BOOKING_CONFIRMED(false),
    CHAT_OPENED(true),
    FIRST_MESSAGE(true),
    MESSAGE_AFTER_QUIET(true),
    REVIEW_INVITATION(true);

    private final boolean optional;

    EmailKind(boolean optional) {
        this.optional = optional;
    }

    public boolean optional() {
        return optional;
    }
}
