package app.bettertalk.core.chat;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SendMessageTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private final Plan week = world.plan(ravi, 7);
    private final Confirmation booked = world.confirmedBooking(asha, week);
    private final ChatId chat = booked.chat().id();
    private final Instant endsAt = booked.chat().endsAt();

    @Test
    void a_participant_sends_a_message_while_the_chat_is_open() {
        world.clock.advance(Duration.ofHours(1));

        var message = send(asha, "m1", "I had a rough day.");

        assertThat(message.chat()).isEqualTo(chat);
        assertThat(message.sender()).isEqualTo(asha.id());
        assertThat(message.clientMessageId()).isEqualTo("m1");
        assertThat(message.text()).isEqualTo("I had a rough day.");
        assertThat(message.sentAt()).isEqualTo(world.now());
        assertThat(world.chatMessages.latest(chat)).contains(message);
    }

    @Test
    void the_mentor_sends_in_the_same_chat() {
        send(asha, "m1", "Hello?");

        var reply = send(ravi, "r1", "I am here.");

        assertThat(world.chatMessages.latest(chat, 10)).extracting(Message::text)
                .containsExactly("Hello?", "I am here.");
        assertThat(reply.sender()).isEqualTo(ravi.id());
    }

    @Test
    void the_text_is_stored_without_surrounding_whitespace() {
        var message = send(asha, "m1", "  \n hello \t ");

        assertThat(message.text()).isEqualTo("hello");
    }

    @Test
    void a_message_of_4000_characters_after_trimming_is_accepted() {
        var longest = "a".repeat(4_000);

        var message = send(asha, "m1", "   " + longest + "\n");

        assertThat(message.text()).isEqualTo(longest);
    }

    @Test
    void a_message_of_4001_characters_is_refused() {
        var attempt = catchThrowable(() -> new SendMessage.Command(asha, chat, "m1", "a".repeat(4_001)));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("text"));
    }

    @Test
    void a_blank_message_is_refused() {
        var attempt = catchThrowable(() -> new SendMessage.Command(asha, chat, "m1", " \n\t "));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("text"));
    }

    @Test
    void a_missing_message_is_refused() {
        var attempt = catchThrowable(() -> new SendMessage.Command(asha, chat, "m1", null));

        assertThat(attempt).isInstanceOf(DomainException.Validation.class);
    }

    @Test
    void a_client_message_id_of_the_wrong_shape_is_refused() {
        var attempt = catchThrowable(() -> new SendMessage.Command(asha, chat, "m 1", "hello"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("clientMessageId"));
    }

    @Test
    void someone_outside_the_chat_finds_no_chat() {
        var meena = world.onboardedUser("meena");

        var attempt = catchThrowable(() -> send(meena, "x1", "hi"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.what()).isEqualTo("chat"));
        assertThat(world.chatMessages.latest(chat)).isEmpty();
    }

    @Test
    void an_admin_finds_no_chat_to_write_in() {
        var admin = world.admin("priya");

        var attempt = catchThrowable(() -> send(admin, "x1", "hi"));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
        assertThat(world.chatMessages.latest(chat)).isEmpty();
    }

    @Test
    void the_operator_finds_no_chat_to_write_in() {
        var attempt = catchThrowable(() -> send(Actor.operator(), "x1", "hi"));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void an_unknown_chat_is_not_found() {
        var attempt = catchThrowable(() -> world.sendMessage.send(
                new SendMessage.Command(asha, ChatId.random(), "m1", "hi")));

        assertThat(attempt).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_message_sent_one_nanosecond_before_the_end_is_accepted() {
        world.clock.set(endsAt.minusNanos(1));

        var message = send(asha, "m1", "just in time");

        assertThat(message.sentAt()).isEqualTo(endsAt.minusNanos(1));
    }

    @Test
    void a_message_sent_exactly_at_the_end_is_refused_as_expired() {
        world.clock.set(endsAt);

        var attempt = catchThrowable(() -> send(asha, "m1", "too late"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.ChatExpired.class,
                expired -> assertThat(expired.endedAt()).isEqualTo(endsAt));
    }

    @Test
    void a_message_refused_as_expired_is_not_stored_delivered_or_emailed() {
        world.clock.set(endsAt.plus(Duration.ofDays(1)));
        var emailsBefore = world.outbox.queued();

        catchThrowable(() -> send(ravi, "r1", "too late"));

        assertThat(world.chatMessages.latest(chat)).isEmpty();
        assertThat(world.live.delivered()).isEmpty();
        assertThat(world.outbox.queued()).isEqualTo(emailsBefore);
    }

    @Test
    void the_mentor_is_held_to_the_same_window() {
        world.clock.set(endsAt);

        var attempt = catchThrowable(() -> send(ravi, "r1", "one more thing"));

        assertThat(attempt).isInstanceOf(DomainException.ChatExpired.class);
    }

    @Test
    void rebooking_an_expired_chat_lets_both_write_again() {
        world.clock.set(endsAt.plus(Duration.ofDays(2)));
        world.confirmedBooking(asha, week);

        var message = send(asha, "m1", "back again");

        assertThat(message.chat()).isEqualTo(chat);
    }

    @Test
    void a_retried_send_stores_one_message_and_returns_the_first() {
        var first = send(asha, "m1", "hello");
        world.clock.advance(Duration.ofSeconds(30));

        var retried = send(asha, "m1", "hello (edited)");

        assertThat(retried).isEqualTo(first);
        assertThat(world.chatMessages.latest(chat, 10)).containsExactly(first);
    }

    @Test
    void a_send_says_it_stored_the_message_and_its_retry_says_it_did_not() {
        var first = world.sendMessage.send(new SendMessage.Command(asha, chat, "m1", "hello"));

        var retried = world.sendMessage.send(new SendMessage.Command(asha, chat, "m1", "hello"));

        assertThat(first.stored()).isTrue();
        assertThat(retried.stored()).isFalse();
        assertThat(retried.message()).isEqualTo(first.message());
    }

    @Test
    void a_retried_send_after_the_chat_expired_returns_the_first_message() {
        var first = send(asha, "m1", "hello");
        world.clock.set(endsAt.plus(Duration.ofHours(1)));

        var retried = send(asha, "m1", "hello");

        assertThat(retried).isEqualTo(first);
    }

    @Test
    void a_stored_message_is_pushed_live_once() {
        var message = send(asha, "m1", "hello");

        send(asha, "m1", "hello");

        assertThat(world.live.delivered()).containsExactly(message);
    }

    @Test
    void a_message_from_someone_outside_the_chat_is_never_pushed() {
        var meena = world.onboardedUser("meena");

        catchThrowable(() -> send(meena, "x1", "hi"));

        assertThat(world.live.delivered()).isEmpty();
    }

    @Test
    void the_other_participant_may_use_the_same_client_message_id() {
        var mine = send(asha, "1", "hello");

        var theirs = send(ravi, "1", "hi asha");

        assertThat(theirs.id()).isNotEqualTo(mine.id());
        assertThat(world.chatMessages.latest(chat, 10)).containsExactly(mine, theirs);
    }

    @Test
    void a_client_message_id_used_in_another_chat_is_a_conflict() {
        var otherChat = world.confirmedBooking(asha, world.plan(world.verifiedMentor("meera"), 3)).chat().id();
        send(asha, "m1", "hello ravi");

        var attempt = catchThrowable(() -> world.sendMessage.send(
                new SendMessage.Command(asha, otherChat, "m1", "hello meera")));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("client_message_id_reused"));
        assertThat(world.chatMessages.latest(otherChat)).isEmpty();
    }

    @Test
    void someone_who_has_not_onboarded_cannot_send() {
        var newcomer = world.newcomer("Nila");

        var attempt = catchThrowable(() -> send(newcomer, "n1", "hi"));

        assertThat(attempt).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void the_first_message_of_a_chat_emails_the_other_participant() {
        send(asha, "m1", "hello");

        assertThat(world.outbox.emails(Email.FirstMessage.class))
                .containsExactly(new Email.FirstMessage(ravi.id(), chat.value(), "asha"));
    }

    @Test
    void the_first_message_from_the_mentor_emails_the_user() {
        send(ravi, "r1", "Welcome, asha.");

        assertThat(world.outbox.emails(Email.FirstMessage.class))
                .containsExactly(new Email.FirstMessage(asha.id(), chat.value(), "ravi_k"));
    }

    @Test
    void the_first_message_email_is_due_when_the_message_is_sent() {
        world.clock.advance(Duration.ofMinutes(9));

        send(asha, "m1", "hello");

        assertThat(world.outbox.queued()).filteredOn(queued -> queued.email() instanceof Email.FirstMessage)
                .singleElement().satisfies(queued -> assertThat(queued.dueAt()).isEqualTo(world.now()));
    }

    @Test
    void messages_soon_after_the_first_queue_no_email() {
        send(asha, "m1", "hello");
        world.clock.advance(Duration.ofMinutes(1));
        send(ravi, "r1", "hi");
        world.clock.advance(Duration.ofHours(11));

        send(asha, "m2", "still there?");

        assertThat(world.outbox.emails(Email.FirstMessage.class)).hasSize(1);
        assertThat(world.outbox.emails(Email.MessageAfterQuiet.class)).isEmpty();
    }

    @Test
    void a_message_just_under_twelve_hours_after_the_previous_queues_no_email() {
        send(asha, "m1", "hello");
        world.clock.advance(Duration.ofHours(12).minusNanos(1));

        send(ravi, "r1", "sorry, I was away");

        assertThat(world.outbox.emails(Email.MessageAfterQuiet.class)).isEmpty();
    }

    @Test
    void a_message_exactly_twelve_hours_after_the_previous_emails_the_other_participant() {
        send(asha, "m1", "hello");
        world.clock.advance(Duration.ofHours(12));

        var reply = send(ravi, "r1", "sorry, I was away");

        assertThat(world.outbox.emails(Email.MessageAfterQuiet.class)).containsExactly(
                new Email.MessageAfterQuiet(asha.id(), chat.value(), reply.id().value(), "ravi_k"));
    }

    @Test
    void the_quiet_period_counts_from_the_previous_message_whoever_sent_it() {
        send(asha, "m1", "hello");
        world.clock.advance(Duration.ofHours(8));
        send(ravi, "r1", "hi");
        world.clock.advance(Duration.ofHours(8));

        send(asha, "m2", "thanks");

        assertThat(world.outbox.emails(Email.MessageAfterQuiet.class)).isEmpty();
    }

    @Test
    void each_message_breaking_a_quiet_period_earns_its_own_email() {
        send(asha, "m1", "hello");
        world.clock.advance(Duration.ofHours(13));
        var second = send(asha, "m2", "are you there?");
        world.clock.advance(Duration.ofDays(1));

        var third = send(asha, "m3", "checking in");

        assertThat(world.outbox.emails(Email.MessageAfterQuiet.class)).extracting(Email.MessageAfterQuiet::message)
                .containsExactly(second.id().value(), third.id().value());
    }

    @Test
    void the_quiet_period_is_measured_within_one_chat() {
        var meera = world.verifiedMentor("meera");
        var otherChat = world.confirmedBooking(asha, world.plan(meera, 3)).chat().id();
        send(asha, "m1", "hello ravi");
        world.clock.advance(Duration.ofHours(11));
        world.sendMessage.send(new SendMessage.Command(asha, otherChat, "o1", "hello meera"));
        world.clock.advance(Duration.ofHours(2));

        send(asha, "m2", "ravi, still there?");

        assertThat(world.outbox.emails(Email.MessageAfterQuiet.class)).extracting(Email.MessageAfterQuiet::chat)
                .containsExactly(chat.value());
    }

    @Test
    void a_retried_send_after_a_quiet_period_queues_no_second_email() {
        send(asha, "m1", "hello");
        world.clock.advance(Duration.ofHours(12));
        send(asha, "m2", "hello again");
        var queued = world.outbox.queued();

        world.clock.advance(Duration.ofHours(12));
        send(asha, "m2", "hello again");

        assertThat(world.outbox.queued()).isEqualTo(queued);
    }

    @Test
    void the_first_message_after_rebooking_is_not_a_first_message_of_the_chat() {
        send(asha, "m1", "hello");
        world.clock.set(endsAt.plus(Duration.ofDays(1)));
        world.confirmedBooking(asha, week);

        send(asha, "m2", "I am back");

        assertThat(world.outbox.emails(Email.FirstMessage.class)).hasSize(1);
        assertThat(world.outbox.emails(Email.MessageAfterQuiet.class)).hasSize(1);
    }

    @Test
    void no_email_carries_what_was_written() {
        send(asha, "m1", "my secret worry");
        world.clock.advance(Duration.ofHours(12));
        send(ravi, "r1", "the reply nobody else reads");

        assertThat(world.outbox.emails()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(email -> assertThat(email.toString())
                        .doesNotContain("my secret worry")
                        .doesNotContain("the reply nobody else reads"));
    }

    private Message send(Actor actor, String clientMessageId, String text) {
        return world.sendMessage.send(new SendMessage.Command(actor, chat, clientMessageId, text)).message();
    }
}
