package app.bettertalk.core.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * At most {@code count} in any {@code period}: a burst of {@code count} at once, then one more each
 * {@code period / count}, as a token bucket refills.
 */
public record Rate(int count, Duration period) {
    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,6})\\s*/\\s*(\\d{0,6})\\s*([smhd])");

    public Rate {
        Objects.requireNonNull(period, "period");
        if (count < 1) {
            throw new IllegalArgumentException("a rate allows at least 1, not " + count);
        }
        if (period.compareTo(Duration.ofSeconds(1)) < 0 || period.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("a rate's period is 1s to 7d, not " + period);
        }
    }

    /** A rate as an operator writes it: {@code 5/10m} (five per ten minutes), {@code 30/m}, {@code 100/h}. */
    public static Rate parse(String text) {
        var matcher = WRITTEN.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a rate looks like 5/10m, 30/m or 100/h, not " + text);
        }
        var amount = matcher.group(2).isEmpty() ? 1 : Long.parseLong(matcher.group(2));
        var period = switch (matcher.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return new Rate(Integer.parseInt(matcher.group(1)), period);
    }

    /** The same rate written back the way {@link #parse} reads it. */
    @Override
    public String toString() {
        var seconds = period.toSeconds();
        if (seconds % 86_400 == 0) {
            return count + "/" + written(seconds / 86_400) + "d";
        }
        if (seconds % 3_600 == 0) {
            return count + "/" + written(seconds / 3_600) + "h";
        }
        if (seconds % 60 == 0) {
            return count + "/" + written(seconds / 60) + "m";
        }
        return count + "/" + written(seconds) + "s";
    }

    private static String written(long amount) {
        return amount == 1 ? "" : Long.toString(amount);
    }
}
