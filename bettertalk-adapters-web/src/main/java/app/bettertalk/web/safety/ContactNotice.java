package app.bettertalk.web.safety;

/** What the writer is told when contact details in what they wrote were hidden before it was stored. */
public final class ContactNotice {
    /** The same words on every page and socket. */
    public static final String TEXT = "To keep everyone anonymous, phone numbers, email addresses and social handles "
            + "are hidden before anything is shared here, so some of what you wrote was hidden.";

    private ContactNotice() {
    }
}
