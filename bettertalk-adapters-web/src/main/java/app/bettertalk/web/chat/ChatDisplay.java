package app.bettertalk.web.chat;

import app.bettertalk.core.shared.Paise;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How chat and notes pages show times and money: Indian time, rupees from paise. */
public final class ChatDisplay {
    /** Where BetterTalk's people are; instants are stored in UTC and shown here. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", Locale.ENGLISH)
            .withZone(ZONE);

    private ChatDisplay() {
    }

    /** For example "25 Nov 2026, 3:30 PM" (Indian time). */
    public static String time(Instant instant) {
        return WHEN.format(instant);
    }

    /** For example "₹499" or "₹1,499.50", grouped the Indian way ("₹1,00,000"). */
    public static String rupees(Paise amount) {
        var rupees = amount.value() / 100;
        var paise = amount.value() % 100;
        var grouped = NumberFormat.getIntegerInstance(Locale.forLanguageTag("en-IN")).format(rupees);
        return "₹" + grouped + (paise == 0 ? "" : "." + String.format(Locale.ROOT, "%02d", paise));
    }
}
