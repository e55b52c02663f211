package app.bettertalk.core.chat;

import app.bettertalk.core.World;
import app.bettertalk.core.shared.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ChatWindowPropertiesTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final long DAY_SECONDS = 86_400;

    /** One confirmation: {@code gapMinutes} after the previous one, buying {@code days}. */
    record Step(long gapMinutes, int days) {
    }

    /** One confirmation made while the window is open: after {@code perMille}/1000 of what remains. */
    record OpenStep(int perMille, int days) {
    }

    @Property
    void extending_never_shortens_a_window_and_adds_the_days_to_the_later_of_now_and_its_end(
            @ForAll @LongRange(min = 0, max = 200 * DAY_SECONDS) long lengthSeconds,
            @ForAll @LongRange(min = -400 * DAY_SECONDS, max = 400 * DAY_SECONDS) long nowOffsetSeconds,
            @ForAll @IntRange(min = 1, max = 90) int days) {
        var window = new ChatWindow(T0, T0.plusSeconds(lengthSeconds));
        var now = T0.plusSeconds(nowOffsetSeconds);

        var extended = window.extendedBy(days, now);

        var from = now.isBefore(window.endsAt()) ? window.endsAt() : now;
        assertThat(extended.endsAt()).isEqualTo(from.plus(Duration.ofDays(days)));
        assertThat(extended.endsAt()).isAfter(window.endsAt());
        assertThat(extended.remainingAt(now)).isGreaterThanOrEqualTo(window.remainingAt(now));
        assertThat(extended.isOpenAt(now)).isTrue();
    }

    @Property
    void a_window_accepts_messages_iff_now_is_before_its_end(
            @ForAll @LongRange(min = 0, max = 90 * DAY_SECONDS) long lengthSeconds,
            @ForAll @LongRange(min = -3_000_000_000_000L, max = 3_000_000_000_000L) long offsetNanos) {
        var window = new ChatWindow(T0, T0.plusSeconds(lengthSeconds));
        var now = window.endsAt().plusNanos(offsetNanos);

        var open = window.isOpenAt(now);

        assertThat(open).isEqualTo(offsetNanos < 0);
    }

    @Property(tries = 200)
    void for_bookings_confirmed_at_any_times_the_chat_ends_as_the_rule_applied_step_by_step(
            @ForAll("steps") List<Step> steps) {
        var world = new World();
        var asha = world.onboardedUser("asha");
        var ravi = world.verifiedMentor("ravi_k");
        Instant expectedEnd = null;
        ChatId chat = null;

        for (var step : steps) {
            world.clock.advance(Duration.ofMinutes(step.gapMinutes()));
            var now = world.now();
            var confirmation = world.confirmedBooking(asha, world.plan(ravi, step.days()));

            var from = expectedEnd != null && now.isBefore(expectedEnd) ? expectedEnd : now;
            expectedEnd = from.plus(Duration.ofDays(step.days()));
            assertThat(confirmation.chat().endsAt()).isEqualTo(expectedEnd);
            chat = chat == null ? confirmation.chat().id() : chat;
            assertThat(confirmation.chat().id()).isEqualTo(chat);
        }
        var finalEnd = expectedEnd;
        assertThat(world.chatThreads.ofParticipant(asha.id())).singleElement()
                .satisfies(thread -> assertThat(thread.endsAt()).isEqualTo(finalEnd));
    }

    @Property(tries = 200)
    void bookings_all_confirmed_while_the_chat_is_open_sum_their_days(@ForAll("openSteps") List<OpenStep> steps) {
        var world = new World();
        var asha = world.onboardedUser("asha");
        var ravi = world.verifiedMentor("ravi_k");
        var start = world.now();
        world.confirmedBooking(asha, world.plan(ravi, 1));
        var totalDays = 1;

        for (var step : steps) {
            var end = world.chatThreads.ofPair(asha.id(), ravi.id()).orElseThrow().endsAt();
            var remaining = Duration.between(world.now(), end);
            world.clock.advance(remaining.multipliedBy(step.perMille()).dividedBy(1000));
            world.confirmedBooking(asha, world.plan(ravi, step.days()));
            totalDays += step.days();
        }

        var chat = world.chatThreads.ofPair(asha.id(), ravi.id()).orElseThrow();
        assertThat(chat.window()).isEqualTo(new ChatWindow(start, start.plus(Duration.ofDays(totalDays))));
    }

    @Property(tries = 300)
    void sending_is_allowed_iff_the_clock_is_before_the_end_of_the_window(
            @ForAll @LongRange(min = -172_800_000_000_000L, max = 172_800_000_000_000L) long offsetNanos) {
        var world = new World();
        var asha = world.onboardedUser("asha");
        var chat = world.confirmedBooking(asha, world.plan(world.verifiedMentor("ravi_k"), 3)).chat();
        world.clock.set(chat.endsAt().plusNanos(offsetNanos));

        var outcome = catchThrowable(() -> world.sendMessage.send(
                new SendMessage.Command(asha, chat.id(), "m1", "hello")));

        if (offsetNanos < 0) {
            assertThat(outcome).isNull();
            assertThat(world.chatMessages.latest(chat.id())).isPresent();
        } else {
            assertThat(outcome).isInstanceOfSatisfying(DomainException.ChatExpired.class,
                    expired -> assertThat(expired.endedAt()).isEqualTo(chat.endsAt()));
            assertThat(world.chatMessages.latest(chat.id())).isEmpty();
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        var gaps = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 60),
                Arbitraries.longs().between(0, Duration.ofDays(120).toMinutes()));
        var days = Arbitraries.integers().between(1, 90);
        return Combinators.combine(gaps, days).as(Step::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<OpenStep>> openSteps() {
        var perMille = Arbitraries.integers().between(0, 999);
        var days = Arbitraries.integers().between(1, 90);
        return Combinators.combine(perMille, days).as(OpenStep::new).list().ofMinSize(1).ofMaxSize(8);
    }
}
