package app.bettertalk.mysql;

import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.identity.Lookalikes;
import app.bettertalk.core.moderation.ScreenedCases;
import app.bettertalk.core.Stores;
import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookingStatus;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.FakePaymentGateway;
import app.bettertalk.core.booking.GatewayPayment;
import app.bettertalk.core.booking.GatewayRefund;
import app.bettertalk.core.booking.OpenCheckout;
import app.bettertalk.core.booking.Refund;
import app.bettertalk.core.booking.RefundBooking;
import app.bettertalk.core.booking.SettlePayment;
import app.bettertalk.core.booking.SettleRefund;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.InMemoryLiveDelivery;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.identity.AgeLimits;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.IdentifyActor;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.mailing.EmailStatus;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.notification.QuietPeriod;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The races the database must win by its locks and unique keys, not by check-then-insert: 32 threads at once on
 * real transactions, on each target.
 */
class ConcurrencyTest {
    private static final int THREADS = 32;

    private final TestClock clock = new TestClock();
    private final FakePaymentGateway payments = new FakePaymentGateway();
    private final AccessPolicy access = new AccessPolicy();
    private final AtomicInteger people = new AtomicInteger();

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Target.class)
    void confirming_one_booking_from_32_threads_confirms_it_once_and_extends_the_chat_once(Target target)
            throws Exception {
        var stores = TestDatabases.freshStores(ConcurrencyTest.class, target);
        var user = onboarded(stores, "asha");
        var plan = planOfVerifiedMentor(stores, "meera", 7);
        var booking = new BookPlan(stores.plans(), stores.mentors(), stores.bookings(), access, stores.unitOfWork(),
                clock).book(new BookPlan.Command(user, plan.id()));
        var confirm = confirmBooking(stores);
        new OpenCheckout(stores.bookings(), stores.paymentLedger(), payments, access, clock)
                .open(new OpenCheckout.Query(user, booking.id()));
        payments.watch(() -> stores.unitOfWork() instanceof JdbiUnitOfWork jdbi && jdbi.isOpenOnThisThread());

        var results = race(i -> confirm.confirm(new ConfirmBooking.Command(user, booking.id(), "pay_race")));

        assertThat(results).allSatisfy(result -> assertThat(result).isNotInstanceOf(Throwable.class));
        assertThat(stores.bookings().byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        var thread = stores.chatThreads().ofPair(user.id(), plan.mentor()).orElseThrow();
        assertThat(thread.endsAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        // Each caller asks the provider before it takes the booking's lock, never while holding it.
        assertThat(payments.checks()).isNotEmpty();
        assertThat(payments.askedInTransaction()).isZero();
        assertThat(payments.ordersOpened()).isEqualTo(1);
        assertThat(stores.paymentLedger().ofBooking(booking.id()).orElseThrow().paymentId()).isEqualTo("pay_race");
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Target.class)
    void fifty_racing_returns_and_webhooks_of_one_payment_confirm_once_with_one_set_of_emails(Target target)
            throws Exception {
        var stores = TestDatabases.freshStores(ConcurrencyTest.class, target);
        var user = onboarded(stores, "asha");
        var plan = planOfVerifiedMentor(stores, "meera", 7);
        var booking = new BookPlan(stores.plans(), stores.mentors(), stores.bookings(), access, stores.unitOfWork(),
                clock).book(new BookPlan.Command(user, plan.id()));
        var confirm = confirmBooking(stores);
        var settle = new SettlePayment(stores.paymentLedger(), confirm, clock);
        var order = new OpenCheckout(stores.bookings(), stores.paymentLedger(), payments, access, clock)
                .open(new OpenCheckout.Query(user, booking.id())).order();
        var captured = new GatewayPayment("pay_fifty", order.orderId(), GatewayPayment.Status.CAPTURED,
                order.amount(), order.currency());
        var emailsBefore = stores.queuedEmails().list(EnumSet.noneOf(EmailStatus.class), 1_000).size();
        payments.watch(() -> stores.unitOfWork() instanceof JdbiUnitOfWork jdbi && jdbi.isOpenOnThisThread());

        // Half are the payer's browser returning (asking the provider first), half webhooks: ten deliveries each
        // of three events, and the rest one delivery of their own event.
        var started = System.nanoTime();
        var results = race(50, i -> i % 2 == 0
                ? confirm.confirm(new ConfirmBooking.Command(user, booking.id(), "pay_fifty"))
                : settle.settleEvent("evt_" + (i < 30 ? i % 3 : i), "payment.captured", captured));
        var millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(results).allSatisfy(result -> assertThat(result).isNotInstanceOf(Throwable.class));
        assertThat(results).filteredOn(SettlePayment.Outcome.class::isInstance)
                .allSatisfy(outcome -> assertThat(outcome).isIn(SettlePayment.Outcome.CONFIRMED,
                        SettlePayment.Outcome.DUPLICATE));
        assertThat(stores.bookings().byId(booking.id()).orElseThrow().paymentReference()).isEqualTo("pay_fifty");
        var thread = stores.chatThreads().ofPair(user.id(), plan.mentor()).orElseThrow();
        assertThat(thread.endsAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        assertThat(stores.queuedEmails().list(EnumSet.noneOf(EmailStatus.class), 1_000)).hasSize(emailsBefore + 3);
        assertThat(payments.askedInTransaction()).isZero();
        System.out.printf("50-way confirmation on %s: %d ms, %d provider checks, %d duplicates%n", target, millis,
                payments.checks().size(), results.stream().filter(SettlePayment.Outcome.DUPLICATE::equals).count());
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Target.class)
    void thirty_racing_refunds_and_refund_webhooks_refund_once_shorten_the_chat_once_and_email_once(Target target)
            throws Exception {
        var stores = TestDatabases.freshStores(ConcurrencyTest.class, target);
        var user = onboarded(stores, "asha");
        var plan = planOfVerifiedMentor(stores, "meera", 7);
        var mentor = new IdentifyActor(stores.users()).identify(plan.mentor());
        var book = new BookPlan(stores.plans(), stores.mentors(), stores.bookings(), access, stores.unitOfWork(),
                clock);
        var confirm = confirmBooking(stores);
        var opened = clock.instant();
        confirm.confirm(new ConfirmBooking.Command(user, book.book(new BookPlan.Command(user, plan.id())).id(),
                "pay_first"));
        var booking = book.book(new BookPlan.Command(user, plan.id()));
        confirm.confirm(new ConfirmBooking.Command(user, booking.id(), "pay_second"));
        var refund = new RefundBooking(stores.bookings(), stores.chatThreads(), stores.chatMessages(), stores.users(),
                stores.paymentLedger(), payments, stores.outbox(), access, stores.unitOfWork(), clock);
        var settle = new SettleRefund(stores.paymentLedger(), payments, stores.unitOfWork(), clock);
        var emailsBefore = stores.queuedEmails().list(EnumSet.noneOf(EmailStatus.class), 1_000).size();
        payments.answerRefundsWith(Refund.State.PROCESSED);
        payments.watch(() -> stores.unitOfWork() instanceof JdbiUnitOfWork jdbi && jdbi.isOpenOnThisThread());

        // The member and the mentor press refund twenty times between them while Razorpay's refund.processed
        // webhook arrives ten times (five deliveries each of two event ids).
        var started = System.nanoTime();
        var results = race(30, i -> i < 20
                ? refund.refund(new RefundBooking.Command(i % 2 == 0 ? user : mentor, booking.id()))
                : stores.paymentLedger().refundsOf(booking.id()).stream().findFirst()
                        .filter(owed -> !owed.refundId().isEmpty())
                        .map(owed -> settle.settleEvent("evt_refund_" + i % 2, "refund.processed",
                                new GatewayRefund(owed.refundId(), owed.paymentId(), Refund.State.PROCESSED, "")))
                        .orElse(SettleRefund.Outcome.UNKNOWN_REFUND));
        var millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(results).allSatisfy(result -> assertThat(result).isNotInstanceOf(Throwable.class));
        assertThat(stores.bookings().byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.REFUNDED);
        var thread = stores.chatThreads().ofPair(user.id(), plan.mentor()).orElseThrow();
        assertThat(thread.endsAt()).as("the first booking's seven days stay, the second's are gone")
                .isEqualTo(opened.plus(Duration.ofDays(7)));
        assertThat(stores.paymentLedger().refundsOf(booking.id())).singleElement()
                .satisfies(owed -> assertThat(owed.state()).isEqualTo(Refund.State.PROCESSED));
        assertThat(payments.refundsMade()).isEqualTo(1);
        assertThat(stores.queuedEmails().list(EnumSet.noneOf(EmailStatus.class), 1_000)).hasSize(emailsBefore + 2);
        assertThat(payments.askedInTransaction()).isZero();
        System.out.printf("30-way refund on %s: %d ms, %d refund requests to the provider, %d made%n", target,
                millis, payments.refundKeysAsked().size(), payments.refundsMade());
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Target.class)
    void thirty_two_concurrent_rebookings_of_one_mentor_extend_one_thread_by_the_sum_of_their_days(Target target)
            throws Exception {
        var stores = TestDatabases.freshStores(ConcurrencyTest.class, target);
        var user = onboarded(stores, "ravi");
        var plan = planOfVerifiedMentor(stores, "kiran", 3);
        var book = new BookPlan(stores.plans(), stores.mentors(), stores.bookings(), access, stores.unitOfWork(),
                clock);
        var bookings = new ArrayList<Booking>();
        for (var i = 0; i < THREADS; i++) {
            bookings.add(book.book(new BookPlan.Command(user, plan.id())));
        }
        var confirm = confirmBooking(stores);

        var results = race(i -> confirm.confirm(new ConfirmBooking.Command(user, bookings.get(i).id(), "pay_" + i)));

        assertThat(results).allSatisfy(result -> assertThat(result).isNotInstanceOf(Throwable.class));
        var thread = stores.chatThreads().ofPair(user.id(), plan.mentor()).orElseThrow();
        assertThat(thread.endsAt()).isEqualTo(clock.instant().plus(Duration.ofDays(3L * THREADS)));
        assertThat(stores.chatThreads().ofParticipant(user.id())).hasSize(1);
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Target.class)
    void thirty_two_concurrent_sends_with_one_client_message_id_store_one_message(Target target) throws Exception {
        var stores = TestDatabases.freshStores(ConcurrencyTest.class, target);
        var user = onboarded(stores, "neha");
        var plan = planOfVerifiedMentor(stores, "arjun", 5);
        var booking = new BookPlan(stores.plans(), stores.mentors(), stores.bookings(), access, stores.unitOfWork(),
                clock).book(new BookPlan.Command(user, plan.id()));
        var chat = confirmBooking(stores).confirm(new ConfirmBooking.Command(user, booking.id(), "pay_1")).chat();
        var live = new InMemoryLiveDelivery();
        var send = new SendMessage(stores.chatThreads(), stores.chatMessages(), stores.users(), stores.outbox(), live,
                access, stores.unitOfWork(), clock, QuietPeriod.DEFAULT, BetterTalkCore.Rules.DEFAULT.crisisScreen(),
                new ScreenedCases(stores.moderationCases()), stores.blocks());

        var results = race(i -> send.send(new SendMessage.Command(user, chat.id(), "client-1", "hello " + i))
                .message());

        assertThat(results).allSatisfy(result -> assertThat(result).isNotInstanceOf(Throwable.class));
        assertThat(results).extracting(result -> ((Message) result).id()).containsOnly(
                ((Message) results.getFirst()).id());
        assertThat(messagesOf(stores, user, chat.id())).hasSize(1);
        assertThat(live.delivered()).hasSize(1);
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Target.class)
    void two_people_racing_for_one_username_get_one_success_and_one_clear_conflict(Target target) throws Exception {
        var stores = TestDatabases.freshStores(ConcurrencyTest.class, target);
        var first = newcomer(stores, "one");
        var second = newcomer(stores, "two");
        var onboarding = new CompleteOnboarding(stores.users(), lookalikes(stores), stores.outbox(),
                stores.unitOfWork(), clock, AgeLimits.DEFAULT);
        var racers = List.of(first, second);

        var results = race(2, i -> onboarding.complete(
                new CompleteOnboarding.Command(racers.get(i), "98765 4321" + i, "25", "Same_Name", Consent.CURRENT)));

        assertThat(results).filteredOn(result -> result instanceof DomainException.Conflict conflict
                && conflict.reason().equals("username_taken")).hasSize(1);
        assertThat(results).filteredOn(result -> !(result instanceof Throwable)).hasSize(1);
    }

    private List<Message> messagesOf(Stores stores, Actor reader, ChatId chat) {
        return new ReadChat(stores.chatThreads(), stores.chatMessages(), stores.chatReads(), stores.users(),
                stores.mentors(), access, stores.unitOfWork(), clock, stores.blocks()).read(new ReadChat.Query(reader, chat, new ReadChat.Page.Latest(100))).messages();
    }

    private ConfirmBooking confirmBooking(Stores stores) {
        return new ConfirmBooking(stores.bookings(), stores.chatThreads(), stores.users(), payments,
                stores.paymentLedger(), stores.outbox(), access, stores.unitOfWork(), clock);
    }

    private Actor newcomer(Stores stores, String name) {
        var n = people.incrementAndGet();
        return new SignIn(stores.users(), stores.unitOfWork(), clock, stores.suspensions()).signIn(new SignIn.Command(
                new GoogleSubject("g-" + n), new EmailAddress(name + n + "@example.com"), name)).user().asActor();
    }

    private Actor onboarded(Stores stores, String username) {
        var person = newcomer(stores, username);
        return new CompleteOnboarding(stores.users(), lookalikes(stores), stores.outbox(), stores.unitOfWork(), clock,
                AgeLimits.DEFAULT).complete(new CompleteOnboarding.Command(person, "9876543210", "30", username, Consent.CURRENT))
                .asActor();
    }

    private Plan planOfVerifiedMentor(Stores stores, String username, int days) {
        var mentor = onboarded(stores, username);
        new ApplyAsMentor(stores.users(), stores.mentors(), lookalikes(stores), access, stores.unitOfWork(), clock)
                .apply(new ApplyAsMentor.Command(mentor, new Mentor.Details("Listener", "Bio", List.of("anxiety"),
                        List.of("English"), 3)));
        new VerifyMentor(stores.mentors(), access, stores.unitOfWork(), clock).verify(
                new VerifyMentor.Command(Actor.operator(), mentor.id(), true));
        return new CreatePlan(stores.mentors(), stores.plans(), access, stores.unitOfWork(), clock).create(
                new CreatePlan.Command(mentor, new Plan.Terms("Plan", "", Paise.ofRupees(499), 0, days)));
    }

    /** What each racer returned or threw. */
    private static List<Object> race(IndexedCall call) throws InterruptedException, ExecutionException {
        return race(THREADS, call);
    }

    private static List<Object> race(int racers, IndexedCall call) throws InterruptedException, ExecutionException {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(racers)) {
            var futures = new ArrayList<Future<Object>>();
            for (var i = 0; i < racers; i++) {
                var index = i;
                futures.add(pool.submit((Callable<Object>) () -> {
                    start.await();
                    try {
                        return call.run(index);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            var results = new ArrayList<Object>();
            for (var future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } catch (TimeoutException e) {
            throw new AssertionError("a racer did not finish in 120 s", e);
        }
    }

    @FunctionalInterface
    private interface IndexedCall {
        Object run(int index);
    }

    private static Lookalikes lookalikes(Stores stores) {
        return new Lookalikes(stores.users(), TestDatabases.SKELETONS);
    }
}
