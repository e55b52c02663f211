package app.bettertalk.core.mailing;

import app.bettertalk.core.Race;
import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SendQueuedEmailsTest {
    private static final SendQueuedEmails.Command SWEEP = new SendQueuedEmails.Command(50, Duration.ofMinutes(1));

    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");

    @Test
    void a_due_email_goes_to_its_recipients_address() {
        world.sendQueuedEmails.send(SWEEP);

        assertThat(world.mailer.accepted()).singleElement().satisfies(sent -> {
            assertThat(sent.email()).isEqualTo(new Email.OnboardingCompleted(asha.id(), "asha"));
            assertThat(sent.to()).isEqualTo(addressOf(asha));
        });
    }

    @Test
    void a_sent_email_is_settled_with_the_message_id_the_mailer_gave() {
        world.sendQueuedEmails.send(SWEEP);

        assertThat(world.outbox.all()).singleElement().satisfies(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.SENT);
            assertThat(email.messageId()).isEqualTo(FakeMailer.messageIdOf(email.id()));
            assertThat(email.attempts()).isEqualTo(1);
        });
    }

    @Test
    void a_second_sweep_sends_nothing_already_sent() {
        world.sendQueuedEmails.send(SWEEP);

        var second = world.sendQueuedEmails.send(SWEEP);

        assertThat(second.total()).isZero();
        assertThat(world.mailer.accepted()).hasSize(1);
    }

    @Test
    void the_sweep_counts_what_became_of_each_email() {
        var ravi = world.verifiedMentor("ravi_k");
        world.confirmedBooking(asha, world.plan(ravi, 7));
        world.emailPreferences.turnOff(ravi.id(), EmailKind.CHAT_OPENED, world.now());
        world.mailer.answer(new Delivery.Accepted("x"), new Delivery.Deferred("451 busy"),
                new Delivery.Rejected("550 no such mailbox"));

        var outcome = world.sendQueuedEmails.send(SWEEP);

        assertThat(outcome).isEqualTo(new SendQueuedEmails.Outcome(2, 1, 1, 1));
    }

    @Test
    void an_email_due_later_waits_for_its_time() {
        world.sendQueuedEmails.send(SWEEP);
        world.outbox.queue(confirmationFor(asha), world.now().plusSeconds(60));

        var early = world.sendQueuedEmails.send(SWEEP);
        world.clock.advance(Duration.ofSeconds(60));
        var onTime = world.sendQueuedEmails.send(SWEEP);

        assertThat(early.sent()).isZero();
        assertThat(onTime.sent()).isEqualTo(1);
    }

    @Test
    void an_optional_email_its_recipient_turned_off_is_skipped_without_reaching_the_mailer() {
        var ravi = world.verifiedMentor("ravi_k");
        world.confirmedBooking(asha, world.plan(ravi, 7));
        world.emailPreferences.turnOff(asha.id(), EmailKind.CHAT_OPENED, world.now());

        world.sendQueuedEmails.send(SWEEP);

        assertThat(world.mailer.handed()).noneMatch(sent -> sent.to().equals(addressOf(asha))
                && sent.email().kind() == EmailKind.CHAT_OPENED);
        assertThat(world.outbox.all()).filteredOn(email -> email.status() == EmailStatus.SKIPPED)
                .singleElement().satisfies(email -> {
                    assertThat(email.email().recipient()).isEqualTo(asha.id());
                    assertThat(email.email().kind()).isEqualTo(EmailKind.CHAT_OPENED);
                    assertThat(email.lastError()).isEqualTo("the recipient turned these emails off");
                });
    }

    @Test
    void onboarding_and_booking_emails_go_out_whatever_their_recipient_turned_off() {
        for (var kind : EmailKind.values()) {
            world.emailPreferences.turnOff(asha.id(), kind, world.now());
        }
        world.outbox.queue(confirmationFor(asha), world.now());

        world.sendQueuedEmails.send(SWEEP);

        assertThat(world.mailer.accepted()).extracting(sent -> sent.email().kind())
                .containsExactly(EmailKind.ONBOARDING_COMPLETED, EmailKind.BOOKING_CONFIRMED);
    }

    @Test
    void an_optional_email_carries_the_unsubscribe_token_of_its_recipient_and_kind_and_a_required_one_none() {
        var ravi = world.verifiedMentor("ravi_k");
        world.confirmedBooking(asha, world.plan(ravi, 7));

        world.sendQueuedEmails.send(SWEEP);

        assertThat(world.mailer.accepted()).allSatisfy(sent -> {
            if (sent.email().kind().optional()) {
                assertThat(world.unsubscribeTokens.read(sent.unsubscribeToken()))
                        .contains(new Unsubscription(sent.email().recipient(), sent.email().kind()));
            } else {
                assertThat(sent.unsubscribeToken()).isEmpty();
            }
        });
    }

    @Test
    void a_temporary_failure_is_retried_after_the_first_backoff_and_not_before() {
        world.mailer.answer(new Delivery.Deferred("451 4.3.0 try again later"));

        var first = world.sendQueuedEmails.send(SWEEP);
        world.clock.advance(Duration.ofMillis(22_499));
        var tooEarly = world.sendQueuedEmails.send(SWEEP);
        world.clock.advance(Duration.ofMillis(1));
        var onTime = world.sendQueuedEmails.send(SWEEP);

        assertThat(first.retried()).isEqualTo(1);
        assertThat(tooEarly.total()).isZero();
        assertThat(onTime.sent()).isEqualTo(1);
        assertThat(world.mailer.accepted()).hasSize(1);
    }

    @Test
    void a_retried_email_keeps_the_reason_of_its_last_failure_until_sent() {
        world.mailer.answer(new Delivery.Deferred("451 4.3.0 try again later"));

        world.sendQueuedEmails.send(SWEEP);

        assertThat(world.outbox.all()).singleElement().satisfies(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.QUEUED);
            assertThat(email.attempts()).isEqualTo(1);
            assertThat(email.lastError()).isEqualTo("451 4.3.0 try again later");
            assertThat(email.dueAt()).isEqualTo(world.now().plusMillis(22_500));
        });
    }

    @Test
    void each_retry_waits_twice_as_long_as_the_one_before() {
        world.mailer.answer(deferrals(4));
        var waits = new ArrayList<Duration>();

        for (var i = 0; i < 4; i++) {
            world.sendQueuedEmails.send(SWEEP);
            var due = world.outbox.all().getFirst().dueAt();
            waits.add(Duration.between(world.now(), due));
            world.clock.set(due);
        }

        assertThat(waits).containsExactly(Duration.ofMillis(22_500), Duration.ofSeconds(45), Duration.ofSeconds(90),
                Duration.ofSeconds(180));
    }

    @Test
    void the_failed_last_attempt_fails_the_email_with_its_reason() {
        world.mailer.answer(deferrals(world.deliveryPolicy.maxAttempts()));

        var outcomes = sweepUntilSettled();

        assertThat(outcomes.retried()).isEqualTo(world.deliveryPolicy.maxAttempts() - 1);
        assertThat(outcomes.failed()).isEqualTo(1);
        assertThat(world.outbox.all()).singleElement().satisfies(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.FAILED);
            assertThat(email.attempts()).isEqualTo(10);
            assertThat(email.lastError()).isEqualTo("gave up after 10 attempts: 421 service not available");
        });
    }

    @Test
    void a_permanent_failure_fails_the_email_at_once_with_its_reason() {
        world.mailer.answer(new Delivery.Rejected("550 5.1.1 no such mailbox"));

        var outcome = world.sendQueuedEmails.send(SWEEP);
        world.clock.advance(Duration.ofDays(1));
        var later = world.sendQueuedEmails.send(SWEEP);

        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(later.total()).isZero();
        assertThat(world.outbox.all()).singleElement().satisfies(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.FAILED);
            assertThat(email.lastError()).isEqualTo("550 5.1.1 no such mailbox");
        });
    }

    @Test
    void a_reason_naming_the_recipient_is_kept_without_their_address() {
        world.mailer.answer(new Delivery.Rejected("550 5.1.1 <asha.k@example.com>: Recipient address rejected"));

        world.sendQueuedEmails.send(SWEEP);

        assertThat(world.outbox.all()).singleElement().satisfies(email -> assertThat(email.lastError())
                .isEqualTo("550 5.1.1 <[email hidden]>: Recipient address rejected"));
    }

    @Test
    void a_mailer_that_throws_counts_as_a_temporary_failure() {
        Mailer broken = () -> new Mailer.Connection() {
            @Override
            public Delivery deliver(OutgoingEmail email) {
                throw new IllegalStateException("template exploded for asha.k@example.com");
            }

            @Override
            public void close() {
            }
        };

        var outcome = sweepWith(broken).send(SWEEP);

        assertThat(outcome.retried()).isEqualTo(1);
        assertThat(world.outbox.all().getFirst().lastError()).startsWith("the mailer failed: IllegalStateException")
                .doesNotContain("asha.k@example.com");
    }

    @Test
    void a_failure_of_one_email_does_not_hold_back_the_others() {
        world.onboardedUser("ravi_k");
        var meera = world.onboardedUser("meera");
        world.mailer.answer(new Delivery.Accepted("x"), new Delivery.Rejected("550 no such mailbox"));

        var outcome = world.sendQueuedEmails.send(SWEEP);

        assertThat(outcome).isEqualTo(new SendQueuedEmails.Outcome(2, 0, 1, 0));
        assertThat(world.mailer.accepted()).extracting(OutgoingEmail::to)
                .containsExactly(addressOf(asha), addressOf(meera));
    }

    @Test
    void an_email_to_someone_without_an_account_fails() {
        world.outbox.queue(new Email.OnboardingCompleted(UserId.random(), "ghost"), world.now());

        var outcome = world.sendQueuedEmails.send(SWEEP);

        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(world.outbox.list(Set.of(EmailStatus.FAILED), 10)).singleElement()
                .satisfies(email -> assertThat(email.lastError()).isEqualTo("the recipient has no account"));
    }

    @Test
    void a_sweep_sends_every_batch_over_one_connection_which_it_closes_at_the_end() {
        world.onboardedUser("ravi_k");
        world.onboardedUser("meera");

        world.sendQueuedEmails.send(new SendQueuedEmails.Command(1, Duration.ofMinutes(1)));

        assertThat(world.mailer.accepted()).hasSize(3);
        assertThat(world.mailer.connectionsOpened()).isEqualTo(1);
        assertThat(world.mailer.connectionsClosed()).isEqualTo(1);
    }

    @Test
    void a_sweep_with_nothing_due_opens_no_connection() {
        world.sendQueuedEmails.send(SWEEP);

        world.sendQueuedEmails.send(SWEEP);

        assertThat(world.mailer.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void a_dispatcher_that_dies_still_closes_its_connection() {
        var dying = new DyingMailer(world.mailer, 1);

        catchThrowable(() -> sweepWith(dying).send(SWEEP));

        assertThat(world.mailer.connectionsClosed()).isEqualTo(world.mailer.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void the_sweep_claims_batch_after_batch_until_nothing_is_due() {
        for (var i = 0; i < 4; i++) {
            world.outbox.queue(confirmationFor(asha), world.now());
        }

        var outcome = world.sendQueuedEmails.send(new SendQueuedEmails.Command(2, Duration.ofMinutes(1)));

        assertThat(outcome.sent()).isEqualTo(5);
        assertThat(world.mailer.handed()).hasSize(5);
    }

    @Test
    void the_sweep_claims_no_new_batch_once_its_time_is_up() {
        for (var i = 0; i < 4; i++) {
            world.outbox.queue(confirmationFor(asha), world.now());
        }
        var slow = new ClockAdvancingMailer(world, Duration.ofSeconds(6));

        var outcome = sweepWith(slow).send(new SendQueuedEmails.Command(1, Duration.ofSeconds(10)));

        assertThat(outcome.sent()).isEqualTo(2);
        assertThat(world.outbox.list(Set.of(EmailStatus.QUEUED), 10)).hasSize(3);
    }

    @Test
    void a_dispatcher_starts_no_send_in_the_last_quarter_of_its_lease_and_the_rest_goes_out_after_it_expires() {
        for (var i = 0; i < 9; i++) {
            world.outbox.queue(confirmationFor(asha), world.now());
        }
        var minuteEach = new ClockAdvancingMailer(world, Duration.ofMinutes(1));

        var first = sweepWith(minuteEach).send(new SendQueuedEmails.Command(10, Duration.ofHours(1)));
        var whileLeased = world.sendQueuedEmails.send(SWEEP);
        world.clock.advance(Duration.ofMinutes(1));
        var afterExpiry = world.sendQueuedEmails.send(SWEEP);

        assertThat(first.sent()).isEqualTo(4);
        assertThat(whileLeased.total()).isZero();
        assertThat(afterExpiry.sent()).isEqualTo(6);
        assertThat(minuteEach.delivered()).hasSize(4);
    }

    @Test
    void a_dispatcher_that_dies_mid_batch_loses_nothing_and_resends_only_the_email_in_flight() {
        for (var i = 0; i < 9; i++) {
            world.outbox.queue(confirmationFor(asha), world.now());
        }
        var dying = new DyingMailer(world.mailer, 4);

        var death = catchThrowable(() -> sweepWith(dying).send(SWEEP));
        world.clock.advance(world.deliveryPolicy.lease());
        var survivor = world.sendQueuedEmails.send(SWEEP);

        assertThat(death).isInstanceOf(DyingMailer.Died.class);
        assertThat(survivor.sent()).isEqualTo(7);
        var perEmail = world.mailer.accepted().stream().collect(groupingBy(OutgoingEmail::id, counting()));
        assertThat(perEmail).hasSize(10);
        assertThat(perEmail.values()).filteredOn(count -> count == 2).hasSize(1);
        assertThat(perEmail.values()).allMatch(count -> count <= 2);
        assertThat(world.outbox.all()).allMatch(email -> email.status() == EmailStatus.SENT);
    }

    @Test
    void two_dispatchers_at_once_send_each_email_exactly_once() throws Exception {
        for (var i = 0; i < 199; i++) {
            world.outbox.queue(confirmationFor(asha), world.now());
        }
        var command = new SendQueuedEmails.Command(7, Duration.ofMinutes(1));

        var outcomes = Race.of(() -> world.sendQueuedEmails.send(command),
                () -> world.sendQueuedEmails.send(command));

        assertThat(outcomes.get(0).sent() + outcomes.get(1).sent()).isEqualTo(200);
        assertThat(world.mailer.accepted()).extracting(OutgoingEmail::id).doesNotHaveDuplicates().hasSize(200);
    }

    private SendQueuedEmails.Outcome sweepUntilSettled() {
        var total = new SendQueuedEmails.Outcome(0, 0, 0, 0);
        for (var i = 0; i < 100 && !world.outbox.list(Set.of(EmailStatus.QUEUED), 1).isEmpty(); i++) {
            var outcome = world.sendQueuedEmails.send(SWEEP);
            total = new SendQueuedEmails.Outcome(total.sent() + outcome.sent(), total.retried() + outcome.retried(),
                    total.failed() + outcome.failed(), total.skipped() + outcome.skipped());
            world.clock.advance(Duration.ofHours(3));
        }
        return total;
    }

    private SendQueuedEmails sweepWith(Mailer mailer) {
        return new SendQueuedEmails(world.outbox, world.emailPreferences, world.users, mailer,
                world.unsubscribeTokens, world.deliveryPolicy, world.jitter, world.clock);
    }

    private static Delivery[] deferrals(int count) {
        var answers = new Delivery[count];
        Arrays.fill(answers, new Delivery.Deferred("421 service not available"));
        return answers;
    }

    private EmailAddress addressOf(Actor person) {
        return world.users.byId(person.id()).orElseThrow().email();
    }

    private static Email.BookingConfirmed confirmationFor(Actor person) {
        return new Email.BookingConfirmed(person.id(), UUID.randomUUID(), UUID.randomUUID(), "ravi_k", "Week",
                Paise.ofRupees(499), 7);
    }
}
