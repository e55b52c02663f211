package app.bettertalk.web;

import app.bettertalk.core.shared.Paise;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values look on a page: instants in India's time, counts with their noun (money is {@link Rupees}). */
public final class Display {
    /** Where BetterTalk's people live; stored instants are UTC. */
    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", Locale.ENGLISH)
            .withZone(INDIA);

    private Display() {
    }

    /** {@code 25 Nov 2026, 3:30 PM} in India's time. */
    public static String when(Instant instant) {
        return WHEN.format(instant);
    }

    /** {@code 1 member}, {@code 12 members}. */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

}
