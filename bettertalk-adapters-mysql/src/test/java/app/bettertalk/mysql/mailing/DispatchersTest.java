package app.bettertalk.mysql.mailing;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.World;
import app.bettertalk.core.mailing.DeliveryPolicy;
import app.bettertalk.core.mailing.DyingMailer;
import app.bettertalk.core.mailing.EmailStatus;
import app.bettertalk.core.mailing.FakeMailer;
import app.bettertalk.core.mailing.FixedJitter;
import app.bettertalk.core.mailing.Lease;
import app.bettertalk.core.mailing.QueuedEmail;
import app.bettertalk.core.mailing.Mailer;
import app.bettertalk.core.mailing.OutgoingEmail;
import app.bettertalk.core.mailing.SendQueuedEmails;
import app.bettertalk.core.mailing.UnsubscribeTokens;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Dispatchers over a real database: two at once over 500 emails send each exactly once, and one that dies mid-batch
 * loses nothing, its in-flight email sent again at most once after its lease expires. On every target.
 */
class DispatchersTest {
    private static final SendQueuedEmails.Command BATCHES_OF_25 =
            new SendQueuedEmails.Command(25, Duration.ofMinutes(5));

    private final TestClock clock = new TestClock();
    private final FakeMailer server = new FakeMailer();

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Target.class)
    void two_dispatchers_at_once_over_500_emails_send_each_exactly_once(Target target) throws Exception {
        var stores = TestDatabases.freshStores(DispatchersTest.class, target);
        var recipient = new ContractRows(stores).user("asha");
        queue(stores, recipient.id(), 500);
        var first = dispatcher(stores, server);
        var second = dispatcher(stores, server);

        var outcomes = together(() -> first.send(BATCHES_OF_25), () -> second.send(BATCHES_OF_25));

        assertThat(outcomes.get(0).sent() + outcomes.get(1).sent()).isEqualTo(500);
        assertThat(server.accepted()).extracting(OutgoingEmail::id).doesNotHaveDuplicates().hasSize(500);
        assertThat(stores.queuedEmails().list(Set.of(EmailStatus.SENT), 1_000)).hasSize(500);
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Target.class)
    void a_dispatcher_that_dies_mid_batch_loses_nothing_and_resends_only_the_email_in_flight(Target target) {
        var stores = TestDatabases.freshStores(DispatchersTest.class, target);
        var recipient = new ContractRows(stores).user("asha");
        queue(stores, recipient.id(), 50);

        var death = catchThrowable(() -> dispatcher(stores, new DyingMailer(server, 30)).send(BATCHES_OF_25));
        var tooSoon = dispatcher(stores, server).send(BATCHES_OF_25);
        clock.advance(DeliveryPolicy.DEFAULT.lease());
        var afterTheLease = dispatcher(stores, server).send(BATCHES_OF_25);

        assertThat(death).isInstanceOf(DyingMailer.Died.class);
        assertThat(tooSoon.total()).isZero();
        assertThat(afterTheLease.sent()).isEqualTo(21);
        var perEmail = server.accepted().stream().collect(groupingBy(OutgoingEmail::id, counting()));
        assertThat(perEmail).hasSize(50);
        assertThat(perEmail.values()).filteredOn(count -> count == 2).hasSize(1);
        assertThat(perEmail.values()).allMatch(count -> count <= 2);
        assertThat(stores.queuedEmails().list(Set.of(EmailStatus.SENT), 1_000)).hasSize(50);
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = Target.class, names = {"SERVER", "CONNECTOR_J"})
    void on_a_server_a_racing_claim_passes_over_the_emails_another_holds_and_takes_the_next(Target target)
            throws Exception {
        var stores = TestDatabases.freshStores(DispatchersTest.class, target);
        var recipient = new ContractRows(stores).user("asha");
        queue(stores, recipient.id(), 40);
        var takenAt = clock.instant();

        var claims = together(() -> stores.queuedEmails().claim(new Lease("one", takenAt, takenAt.plusSeconds(60)), 30),
                () -> stores.queuedEmails().claim(new Lease("two", takenAt, takenAt.plusSeconds(60)), 30));

        assertThat(claims.get(0).size() + claims.get(1).size()).isEqualTo(40);
        assertThat(claims.stream().flatMap(List::stream).map(QueuedEmail::id)).doesNotHaveDuplicates();
    }

    private SendQueuedEmails dispatcher(Stores stores, Mailer mailer) {
        return new SendQueuedEmails(stores.queuedEmails(), stores.emailPreferences(), stores.users(), mailer,
                new UnsubscribeTokens(World.TEST_SECRET), DeliveryPolicy.DEFAULT, new FixedJitter(0.5), clock);
    }

    private void queue(Stores stores, UserId recipient, int count) {
        stores.unitOfWork().inTransaction(() -> {
            for (var i = 0; i < count; i++) {
                stores.outbox().queue(new Email.BookingConfirmed(recipient, UUID.randomUUID(), UUID.randomUUID(),
                        "ravi_k", "Week", Paise.ofRupees(499), 7), clock.instant());
            }
            return null;
        });
    }

    private static <T> List<T> together(Callable<T> one, Callable<T> other) throws Exception {
        var gate = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var futures = new ArrayList<Future<T>>();
            for (var work : List.of(one, other)) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return work.call();
                }));
            }
            gate.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        }
    }
}
