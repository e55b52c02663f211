package app.bettertalk.core.mailing;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** {@link ListQueuedEmails} and {@link RetryEmail}: what an operator sees of the outbox and may do to it. */
class OperatorEmailsTest {
    private static final SendQueuedEmails.Command SWEEP = new SendQueuedEmails.Command(50, Duration.ofMinutes(1));

    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");
    private final Actor ravi = world.onboardedUser("ravi_k");

    @Test
    void the_operator_lists_emails_by_status_newest_first() {
        world.mailer.answer(new Delivery.Rejected("550 no such mailbox"), new Delivery.Rejected("550 full"));
        world.sendQueuedEmails.send(SWEEP);
        world.onboardedUser("meera");

        var failed = world.listQueuedEmails.list(new ListQueuedEmails.Query(Actor.operator(),
                Set.of(EmailStatus.FAILED), 10));
        var all = world.listQueuedEmails.list(new ListQueuedEmails.Query(Actor.operator(), Set.of(), 10));

        assertThat(failed).extracting(email -> email.email().recipient()).containsExactly(ravi.id(), asha.id());
        assertThat(failed).extracting(QueuedEmail::lastError).containsExactly("550 full", "550 no such mailbox");
        assertThat(all).hasSize(3);
    }

    @Test
    void someone_who_is_not_an_admin_sees_no_outbox() {
        var refused = catchThrowable(() -> world.listQueuedEmails.list(
                new ListQueuedEmails.Query(asha, Set.of(), 10)));

        assertThat(refused).isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void a_failed_email_retried_goes_out_with_the_next_sweep() {
        world.mailer.answer(new Delivery.Rejected("550 mailbox full"));
        world.sendQueuedEmails.send(SWEEP);
        var failed = world.outbox.list(Set.of(EmailStatus.FAILED), 1).getFirst();
        world.clock.advance(Duration.ofHours(1));

        var retried = world.retryEmail.retry(new RetryEmail.Command(Actor.operator(), failed.id()));
        var outcome = world.sendQueuedEmails.send(SWEEP);

        assertThat(retried.status()).isEqualTo(EmailStatus.QUEUED);
        assertThat(retried.dueAt()).isEqualTo(world.now());
        assertThat(retried.attempts()).isZero();
        assertThat(outcome.sent()).isEqualTo(1);
        assertThat(world.outbox.byId(failed.id()).orElseThrow().status()).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void an_email_that_was_sent_is_not_retried() {
        world.sendQueuedEmails.send(SWEEP);
        var sent = world.outbox.all().getFirst();

        var refused = catchThrowable(() -> world.retryEmail.retry(new RetryEmail.Command(Actor.operator(),
                sent.id())));

        assertThat(refused).isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> {
            assertThat(conflict.reason()).isEqualTo("not_failed");
            assertThat(conflict.getMessage()).isEqualTo("Email " + sent.id() + " is sent; only failed emails are retried.");
        });
        assertThat(world.mailer.accepted()).hasSize(2);
    }

    @Test
    void an_unknown_email_is_not_found() {
        var refused = catchThrowable(() -> world.retryEmail.retry(new RetryEmail.Command(Actor.operator(),
                new QueuedEmailId(999))));

        assertThat(refused).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void only_an_admin_retries() {
        var refused = catchThrowable(() -> world.retryEmail.retry(new RetryEmail.Command(asha,
                new QueuedEmailId(1))));

        assertThat(refused).isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void an_id_that_is_not_a_positive_number_is_refused() {
        assertThat(catchThrowable(() -> QueuedEmailId.parse("abc"))).isInstanceOf(DomainException.Validation.class);
        assertThat(catchThrowable(() -> QueuedEmailId.parse("0"))).isInstanceOf(DomainException.Validation.class);
        assertThat(QueuedEmailId.parse(" 42 ")).isEqualTo(new QueuedEmailId(42));
    }
}
