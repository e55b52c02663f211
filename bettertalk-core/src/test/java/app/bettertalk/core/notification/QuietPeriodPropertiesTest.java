package app.bettertalk.core.notification;

import app.bettertalk.core.World;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.shared.DomainException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class QuietPeriodPropertiesTest {
    private static final Instant PREVIOUS = Instant.parse("2026-11-25T10:00:00Z");
    private static final long TWELVE_HOURS_NANOS = Duration.ofHours(12).toNanos();

    @Property
    void a_message_breaks_the_quiet_iff_the_gap_is_at_least_the_length(
            @ForAll @LongRange(min = 1, max = 1_000_000_000_000_000L) long lengthNanos,
            @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 2_000_000_000_000_000L) long gapNanos) {
        var quiet = new QuietPeriod(Duration.ofNanos(lengthNanos));

        var broken = quiet.isBrokenBy(PREVIOUS, PREVIOUS.plusNanos(gapNanos));

        assertThat(broken).isEqualTo(gapNanos >= lengthNanos);
    }

    @Property
    void around_the_default_twelve_hours_only_a_gap_of_twelve_hours_or_more_breaks_the_quiet(
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long nanosFromTwelveHours) {
        var gap = Duration.ofHours(12).plusNanos(nanosFromTwelveHours);

        var broken = QuietPeriod.DEFAULT.isBrokenBy(PREVIOUS, PREVIOUS.plus(gap));

        assertThat(broken).isEqualTo(nanosFromTwelveHours >= 0);
    }

    @Property
    void a_quiet_period_of_no_or_negative_length_is_refused(
            @ForAll @LongRange(min = Long.MIN_VALUE, max = 0) long lengthNanos) {
        var attempt = catchThrowable(() -> new QuietPeriod(Duration.ofNanos(lengthNanos)));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("quietPeriod"));
    }

    @Property(tries = 300)
    void a_reply_is_emailed_iff_it_comes_twelve_hours_or_more_after_the_previous_message(
            @ForAll @LongRange(min = 0, max = 2 * 86_400_000_000_000L) long gapNanos) {
        var world = new World();
        var asha = world.onboardedUser("asha");
        var ravi = world.verifiedMentor("ravi_k");
        var chat = world.confirmedBooking(asha, world.plan(ravi, 7)).chat().id();
        world.sendMessage.send(new SendMessage.Command(asha, chat, "m1", "hello"));
        world.clock.advance(Duration.ofNanos(gapNanos));

        world.sendMessage.send(new SendMessage.Command(ravi, chat, "r1", "hi"));

        assertThat(world.outbox.emails(Email.MessageAfterQuiet.class)).hasSize(gapNanos >= TWELVE_HOURS_NANOS ? 1 : 0);
    }
}
