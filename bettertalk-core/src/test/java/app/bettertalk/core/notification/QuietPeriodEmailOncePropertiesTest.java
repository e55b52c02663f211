package app.bettertalk.core.notification;

import app.bettertalk.core.World;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.mailing.SendQueuedEmails;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The quiet-period email, end to end: queued by the send, delivered by the sweep, never twice for one message. */
class QuietPeriodEmailOncePropertiesTest {
    private static final SendQueuedEmails.Command SWEEP = new SendQueuedEmails.Command(50, Duration.ofMinutes(1));

    @Property(tries = 200)
    void a_message_after_the_quiet_is_emailed_once_however_often_it_is_retried_and_the_sweep_runs(
            @ForAll @LongRange(min = 0, max = 2 * 86_400L) long gapSeconds,
            @ForAll @IntRange(min = 1, max = 5) int retries,
            @ForAll @IntRange(min = 1, max = 3) int sweeps) {
        var world = new World();
        var asha = world.onboardedUser("asha");
        var ravi = world.verifiedMentor("ravi_k");
        var chat = world.confirmedBooking(asha, world.plan(ravi, 7)).chat().id();
        world.sendMessage.send(new SendMessage.Command(asha, chat, "a1", "hello"));
        world.clock.advance(Duration.ofSeconds(gapSeconds));

        for (var i = 0; i < retries; i++) {
            world.sendMessage.send(new SendMessage.Command(ravi, chat, "r1", "hi"));
            for (var j = 0; j < sweeps; j++) {
                world.sendQueuedEmails.send(SWEEP);
            }
            world.clock.advance(Duration.ofSeconds(1));
        }

        var quietEmails = world.mailer.accepted().stream()
                .filter(sent -> sent.email() instanceof Email.MessageAfterQuiet).count();
        assertThat(quietEmails).isEqualTo(gapSeconds >= Duration.ofHours(12).toSeconds() ? 1 : 0);
    }
}
