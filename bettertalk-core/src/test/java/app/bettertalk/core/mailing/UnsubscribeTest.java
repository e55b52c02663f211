package app.bettertalk.core.mailing;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class UnsubscribeTest {
    private static final SendQueuedEmails.Command SWEEP = new SendQueuedEmails.Command(50, Duration.ofMinutes(1));

    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");

    @Test
    void following_a_link_turns_its_kind_off_for_its_person() {
        var token = world.unsubscribeTokens.issue(asha.id(), EmailKind.MESSAGE_AFTER_QUIET);

        var done = world.unsubscribe.unsubscribe(new Unsubscribe.Command(token));

        assertThat(done).isEqualTo(new Unsubscription(asha.id(), EmailKind.MESSAGE_AFTER_QUIET));
        assertThat(world.emailPreferences.turnedOff(asha.id())).containsExactly(EmailKind.MESSAGE_AFTER_QUIET);
    }

    @Test
    void following_the_same_link_again_changes_nothing_more() {
        var token = world.unsubscribeTokens.issue(asha.id(), EmailKind.FIRST_MESSAGE);
        world.unsubscribe.unsubscribe(new Unsubscribe.Command(token));

        var again = world.unsubscribe.unsubscribe(new Unsubscribe.Command(token));

        assertThat(again.kind()).isEqualTo(EmailKind.FIRST_MESSAGE);
        assertThat(world.emailPreferences.turnedOff(asha.id())).containsExactly(EmailKind.FIRST_MESSAGE);
    }

    @Test
    void a_forged_link_is_refused_and_changes_nothing() {
        var token = world.unsubscribeTokens.issue(asha.id(), EmailKind.FIRST_MESSAGE);
        var forged = token.substring(0, token.length() - 2) + "xx";

        var refused = catchThrowable(() -> world.unsubscribe.unsubscribe(new Unsubscribe.Command(forged)));

        assertThat(refused).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("token"));
        assertThat(world.emailPreferences.turnedOff(asha.id())).isEmpty();
    }

    @Test
    void after_unsubscribing_that_kind_is_no_longer_sent_but_the_others_are() {
        var ravi = world.verifiedMentor("ravi_k");
        var chat = world.confirmedBooking(asha, world.plan(ravi, 7)).chat().id();
        world.sendQueuedEmails.send(SWEEP);
        world.unsubscribe.unsubscribe(new Unsubscribe.Command(
                world.unsubscribeTokens.issue(asha.id(), EmailKind.MESSAGE_AFTER_QUIET)));
        world.sendMessage.send(new SendMessage.Command(asha, chat, "a1", "hello"));
        world.sendMessage.send(new SendMessage.Command(ravi, chat, "r1", "hi"));
        world.clock.advance(Duration.ofHours(12));
        world.sendMessage.send(new SendMessage.Command(ravi, chat, "r2", "are you there?"));

        var outcome = world.sendQueuedEmails.send(SWEEP);

        assertThat(outcome).isEqualTo(new SendQueuedEmails.Outcome(1, 0, 0, 1));
        assertThat(world.mailer.accepted()).filteredOn(sent -> sent.email().recipient().equals(asha.id()))
                .extracting(sent -> sent.email().kind())
                .doesNotContain(EmailKind.MESSAGE_AFTER_QUIET);
    }
}
