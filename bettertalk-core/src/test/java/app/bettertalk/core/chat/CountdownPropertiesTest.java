package app.bettertalk.core.chat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CountdownPropertiesTest {
    private static final String PREFIX = "Free chat available for next ";
    private static final String UNDER_A_MINUTE = "Free chat available for less than a minute";
    private static final Pattern PART = Pattern.compile("(\\d+) (day|hour|minute)(s?)");
    private static final List<String> UNITS = List.of("day", "hour", "minute");

    @Property
    void the_text_read_back_is_the_time_left_rounded_down_to_the_minute(@ForAll("remaining") Duration remaining) {
        var text = Countdown.of(remaining).text();

        if (remaining.compareTo(Duration.ofMinutes(1)) < 0) {
            assertThat(text).isEqualTo(UNDER_A_MINUTE);
            return;
        }
        assertThat(text).startsWith(PREFIX);
        var said = Duration.ZERO;
        var lastUnit = -1;
        for (var part : text.substring(PREFIX.length()).split(" (?=\\d)")) {
            var matcher = PART.matcher(part);
            assertThat(matcher.matches()).as("part \"%s\" of \"%s\"", part, text).isTrue();
            var count = Long.parseLong(matcher.group(1));
            var unit = UNITS.indexOf(matcher.group(2));
            assertThat(count).as("no unit is said as zero: %s", text).isPositive();
            assertThat(matcher.group(3)).as("plural unless one: %s", text).isEqualTo(count == 1 ? "" : "s");
            assertThat(unit).as("units largest first, each once: %s", text).isGreaterThan(lastUnit);
            lastUnit = unit;
            said = said.plus(switch (unit) {
                case 0 -> Duration.ofDays(count);
                case 1 -> Duration.ofHours(count);
                default -> Duration.ofMinutes(count);
            });
        }
        assertThat(said).isLessThanOrEqualTo(remaining);
        assertThat(remaining).isLessThan(said.plusMinutes(1));
    }

    @Property
    void the_hours_and_minutes_said_are_those_within_a_day_and_an_hour(@ForAll("remaining") Duration remaining) {
        var countdown = Countdown.of(remaining);

        assertThat(countdown.hours()).isBetween(0, 23);
        assertThat(countdown.minutes()).isBetween(0, 59);
        assertThat(countdown.days()).isEqualTo(remaining.toDays());
    }

    @Property
    void no_time_or_negative_time_left_is_always_the_expired_text(
            @ForAll @LongRange(min = Long.MIN_VALUE / 2, max = 0) long nanos) {
        var countdown = Countdown.of(Duration.ofNanos(nanos));

        assertThat(countdown.expired()).isTrue();
        assertThat(countdown.text()).isEqualTo("Chat expired. Rebook a session to continue.");
    }

    @Property
    void any_time_left_is_never_the_expired_text(@ForAll("remaining") Duration remaining) {
        var countdown = Countdown.of(remaining);

        assertThat(countdown.expired()).isFalse();
        assertThat(countdown.text()).isNotEqualTo(Countdown.EXPIRED_TEXT);
    }

    @Provide
    Arbitrary<Duration> remaining() {
        var nanos = Arbitraries.longs().between(0, 999_999_999);
        var nearBoundaries = Arbitraries.of(60L, 3_600L, 86_400L).flatMap(unit ->
                Arbitraries.longs().between(1, 100).flatMap(times -> Arbitraries.longs().between(-1, 1)
                        .map(delta -> unit * times + delta)));
        var seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 120),
                nearBoundaries,
                Arbitraries.longs().between(0, Duration.ofDays(400).toSeconds()));
        return seconds.flatMap(s -> nanos.map(n -> Duration.ofSeconds(s, n)))
                .filter(duration -> !duration.isZero());
    }
}
