package app.bettertalk.core.chat;

import java.time.Duration;
import java.util.ArrayList;

/**
 * The time left in a chat window, in whole days, hours and minutes rounded down (never promising time that is not
 * there), and the one place its wording is decided:
 * <ul>
 *   <li>nothing left: "Chat expired. Rebook a session to continue."</li>
 *   <li>under a minute: "Free chat available for less than a minute"</li>
 *   <li>otherwise: "Free chat available for next " and the non-zero units among days, hours and minutes, largest
 *       first, singular for 1 ("1 day 3 hours", "2 days 1 minute", "45 minutes").</li>
 * </ul>
 */
public record Countdown(long days, int hours, int minutes, boolean expired) {
    public static final String EXPIRED_TEXT = "Chat expired. Rebook a session to continue.";

    public static Countdown of(Duration remaining) {
        if (remaining.isNegative() || remaining.isZero()) {
            return new Countdown(0, 0, 0, true);
        }
        return new Countdown(remaining.toDays(), remaining.toHoursPart(), remaining.toMinutesPart(), false);
    }

    public String text() {
        if (expired) {
            return EXPIRED_TEXT;
        }
        var parts = new ArrayList<String>(3);
        unit(parts, days, "day");
        unit(parts, hours, "hour");
        unit(parts, minutes, "minute");
        if (parts.isEmpty()) {
            return "Free chat available for less than a minute";
        }
        return "Free chat available for next " + String.join(" ", parts);
    }

    private static void unit(ArrayList<String> parts, long count, String name) {
        if (count > 0) {
            parts.add(count + " " + name + (count == 1 ? "" : "s"));
        }
    }
}
