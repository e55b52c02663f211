package app.bettertalk.web.booking;

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

    /** {@code "30-minute live session"}, or empty when the plan has none. */
    public static String liveSession(int minutes) {
        return minutes > 0 ? minutes + "-minute live session" : "";
    }
}
