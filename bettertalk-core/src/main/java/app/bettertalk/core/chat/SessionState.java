package app.bettertalk.core.chat;

import java.util.Locale;

/**
 * Where a booked chat session stands by the clock, and the one set of words every page and the API use for it. A
 * session whose chat window has ended is {@link #ENDED} at once, whether or not the sweep has marked anything
 * expired yet: the sweep is bookkeeping, the clock decides.
 */
public enum SessionState {
    AWAITING_PAYMENT("Awaiting payment"),
    ACTIVE("Active"),
    ENDED("Ended"),
    CANCELLED("Cancelled"),
    REFUNDED("Cancelled and refunded");

    private final String words;

    SessionState(String words) {
        this.words = words;
    }

    /** How a page says it: "Awaiting payment", "Active", "Ended", "Cancelled", "Cancelled and refunded". */
    public String words() {
        return words;
    }

    /** How the API says it: {@code awaiting_payment}, {@code active}, {@code ended}, {@code cancelled}, {@code refunded}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
