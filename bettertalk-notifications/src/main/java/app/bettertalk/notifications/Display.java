package app.bettertalk.notifications;

import app.bettertalk.core.shared.Paise;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the templates show values: names, money in rupees, times in India's zone. */
public final class Display {
    /** Where BetterTalk's people are, until profiles carry a zone of their own. */
    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a", Locale.ENGLISH).withZone(INDIA);

    private Display() {
    }

    /** A person's public name on one line; "someone" when there is none to show. */
    public static String name(String publicName) {
        var oneLine = publicName == null ? "" : publicName.replaceAll("\\s+", " ").strip();
        return oneLine.isEmpty() ? "someone" : oneLine;
    }

    /** The moment in India Standard Time, e.g. {@code Wed 2 Dec 2026, 3:30 PM IST}. */
    public static String indianTime(Instant instant) {
        return TIME.format(instant) + " IST";
    }

    /** Rupees the Indian way: {@code ₹1,49,999.50}, whole amounts without paise ({@code ₹499}). */
    public static String rupees(Paise amount) {
        var rupees = amount.value() / 100;
        var paise = amount.value() % 100;
        return "₹" + indianGrouping(Long.toString(rupees)) + (paise == 0 ? "" : String.format(".%02d", paise));
    }

    public static String days(int count) {
        return count == 1 ? "1 day" : count + " days";
    }

    // Indian grouping: the last three digits, then pairs (1,49,999).
    private static String indianGrouping(String digits) {
        if (digits.length() <= 3) {
            return digits;
        }
        var head = digits.substring(0, digits.length() - 3);
        var grouped = new StringBuilder();
        for (var i = 0; i < head.length(); i++) {
            if (i > 0 && (head.length() - i) % 2 == 0) {
                grouped.append(',');
            }
            grouped.append(head.charAt(i));
        }
        return grouped + "," + digits.substring(digits.length() - 3);
    }
}
