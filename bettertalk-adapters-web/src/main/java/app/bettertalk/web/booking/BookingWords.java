package app.bettertalk.web.booking;

import app.bettertalk.core.booking.BookingStatus;

/** How pages word a plan's terms and a booking's status. */
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

    public static String status(BookingStatus status) {
        return switch (status) {
            case PENDING -> "Waiting for payment";
            case CONFIRMED -> "Confirmed";
            case CANCELLED -> "Cancelled";
            case EXPIRED -> "Chat window ended";
        };
    }
}
