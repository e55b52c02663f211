package app.bettertalk.web.booking;

import app.bettertalk.core.mentor.CancellationRule;

/**
 * How pages word a plan's terms. A booking's status words are the core's ({@link
 * app.bettertalk.core.chat.SessionState#words}), so every page says the same.
 */
public final class BookingWords {
    private BookingWords() {
    }

    /** {@code "1 day of chat"}, {@code "7 days of chat"}. */
    public static String chatValidity(int days) {
        return days + (days == 1 ? " day" : " days") + " of chat";
    }

    /** A plan's cancellation rule in the few words of a plan card. */
    public static String cancellation(CancellationRule rule) {
        return switch (rule) {
            case UNTIL_MENTOR_REPLIES -> "Full refund until the mentor's first reply";
            case NO_REFUNDS -> "No refund once paid";
        };
    }

    /** {@code "30-minute live session"}, or empty when the plan has none. */
    public static String liveSession(int minutes) {
        return minutes > 0 ? minutes + "-minute live session" : "";
    }
}
