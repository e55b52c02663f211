package app.bettertalk.web;

import app.bettertalk.core.shared.Paise;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values look on a page: rupees from paise, and instants in India's time. Display only; no rules here. */
public final class Display {
    /** Where BetterTalk's people live; stored instants are UTC. */
    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", Locale.ENGLISH)
            .withZone(INDIA);

    private Display() {
    }

    /** {@code ₹499}, {@code ₹1,499.50}, {@code ₹1,00,000}: Indian digit grouping, paise only when there are some. */
    public static String rupees(Paise amount) {
        var rupees = amount.value() / 100;
        var paise = amount.value() % 100;
        return "₹" + indianGrouping(Long.toString(rupees)) + (paise == 0 ? "" : String.format(".%02d", paise));
    }

    /** {@code 25 Nov 2026, 3:30 PM} in India's time. */
    public static String when(Instant instant) {
        return WHEN.format(instant);
    }

    /** {@code 1 member}, {@code 12 members}. */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The last three digits, then groups of two: 1,23,45,678. */
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
        return grouped.append(',').append(digits.substring(digits.length() - 3)).toString();
    }
}
