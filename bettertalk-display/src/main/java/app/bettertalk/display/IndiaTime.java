package app.bettertalk.display;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Stored instants (UTC) as people in India read them, on a page or in an email. */
public final class IndiaTime {
    /** Where BetterTalk's people are, until profiles carry a zone of their own. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    private static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", Locale.ENGLISH).withZone(ZONE);
    private static final DateTimeFormatter WITH_WEEKDAY =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a", Locale.ENGLISH).withZone(ZONE);

    private IndiaTime() {
    }

    /** {@code 25 Nov 2026, 3:30 PM}: on a page, where every time is India's. */
    public static String format(Instant instant) {
        return SHORT.format(instant);
    }

    /** {@code Wed 2 Dec 2026, 3:30 PM IST}: in an email, read away from the site, so it names the day and zone. */
    public static String formatWithDayAndZone(Instant instant) {
        return WITH_WEEKDAY.format(instant) + " IST";
    }
}
