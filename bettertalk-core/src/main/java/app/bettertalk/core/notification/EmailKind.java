package app.bettertalk.core.notification;

/** The seven kinds of email; those marked optional a person may turn off. */
public enum EmailKind {
    ONBOARDING_COMPLETED(false),
    BOOKING_CONFIRMED(false),
    CHAT_OPENED(true),
    FIRST_MESSAGE(true),
    MESSAGE_AFTER_QUIET(true),
    REVIEW_INVITATION(true),
    BOOKING_REFUNDED(false);

    private final boolean optional;

    EmailKind(boolean optional) {
        this.optional = optional;
    }

    public boolean optional() {
        return optional;
    }
}
