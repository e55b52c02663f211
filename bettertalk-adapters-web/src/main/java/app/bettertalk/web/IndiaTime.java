package app.bettertalk.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as pages show them: in India's time zone, e.g. {@code 25 Nov 2026, 3:30 PM IST}. */
public final class IndiaTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a 'IST'", Locale.ENGLISH).withZone(ZONE);

    private IndiaTime() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
