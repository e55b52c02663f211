package app.bettertalk.mysql.booking;

import app.bettertalk.core.Race;
import app.bettertalk.core.Stores;
import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookingStatus;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.FakePaymentGateway;
import app.bettertalk.core.booking.SweepExpiredChats;
import app.bettertalk.core.identity.AgeLimits;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.Lookalikes;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payment confirming a new booking of a pair at the moment the sweep closes the pair's chat that has just ended.
 * The two take their locks in different orders (ConfirmBooking: the booking, then the thread; the sweep: the
 * thread, then the pair's bookings), on real transactions through the Jdbi adapters, on each target. Whichever
 * wins, the paid confirmation must stand: the new booking CONFIRMED, never expired by the sweep, the chat open for its
 * days from the confirmation, and the booking whose days ran out EXPIRED. A confirmation may lose the lock race only
 * as {@code Conflict("busy")} after the unit of work's retries, with nothing changed, so the provider's retry of the
 * webhook confirms it.
 */
class ConfirmationRacingTheSweepTest {
    private static final int ROUNDS = 40;
    private static final int DAYS = 7;

    private final TestClock clock = new TestClock();
    private final FakePaymentGateway payments = new FakePaymentGateway();
    private final AccessPolicy access = new AccessPolicy();

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Target.class)
    void a_confirmation_racing_the_sweep_of_the_pairs_just_ended_chat_is_never_lost_nor_expired(Target target)
            throws Exception {
        var stores = TestDatabases.freshStores(ConfirmationRacingTheSweepTest.class, target);
        var user = onboarded(stores, "asha", 1);
        var plan = planOfVerifiedMentor(stores, "ravi_k", 2);
        var confirm = new ConfirmBooking(stores.bookings(), stores.chatThreads(), stores.users(), payments,
                stores.paymentLedger(), stores.outbox(), access, stores.unitOfWork(), clock);
        var sweep = new SweepExpiredChats(stores.chatThreads(), stores.bookings(), stores.users(), stores.outbox(),
                stores.jobLocks(), stores.unitOfWork(), clock);
        var book = new BookPlan(stores.plans(), stores.mentors(), stores.bookings(), access, stores.unitOfWork(),
                clock);
        var old = confirm.confirm(new ConfirmBooking.Command(user, book.book(new BookPlan.Command(user, plan.id()))
                .id(), "pay_0")).booking();

        for (var round = 1; round <= ROUNDS; round++) {
            // The chat window ends exactly now: the sweep may close it, the confirmation opens a new one from now.
            clock.set(stores.chatThreads().ofPair(user.id(), plan.mentor()).orElseThrow().endsAt());
            var fresh = book.book(new BookPlan.Command(user, plan.id()));
            var paid = new ConfirmBooking.Command(user, fresh.id(), "pay_" + round);

            var results = Race.of(outcome(() -> confirm.confirm(paid)),
                    outcome(() -> sweep.sweep(new SweepExpiredChats.Command(100, 10))));

            var described = "round " + round + ": " + results;
            assertThat(results.get(1)).as(described).isInstanceOfSatisfying(SweepExpiredChats.Report.class,
                    // It closes the ended chat and expires the one booking of its days, or finds the chat reopened.
                    report -> assertThat(report.bookingsExpired()).isEqualTo(report.chatsClosed()).isLessThan(2));
            if (results.getFirst() instanceof DomainException.Conflict busy && busy.reason().equals("busy")) {
                assertThat(statusOf(stores, fresh)).as(described).isEqualTo(BookingStatus.PENDING);
                confirm.confirm(paid);
            } else {
                assertThat(results.getFirst()).as(described).isNotInstanceOf(Throwable.class);
            }
            assertConfirmationStood(stores, fresh, old, described);
            old = fresh;
        }
        assertThat(stores.bookings().ofPair(user.id(), plan.mentor())).extracting(Booking::status)
                .hasSize(ROUNDS + 1).filteredOn(BookingStatus.CONFIRMED::equals).hasSize(1);
    }

    private void assertConfirmationStood(Stores stores, Booking fresh, Booking old, String described) {
        assertThat(statusOf(stores, fresh)).as(described).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(statusOf(stores, old)).as(described).isEqualTo(BookingStatus.EXPIRED);
        var thread = stores.chatThreads().ofPair(fresh.user(), fresh.mentor()).orElseThrow();
        assertThat(thread.active()).as(described).isTrue();
        assertThat(thread.endsAt()).as(described).isEqualTo(clock.instant().plus(Duration.ofDays(DAYS)));
    }

    private static BookingStatus statusOf(Stores stores, Booking booking) {
        return stores.bookings().byId(booking.id()).orElseThrow().status();
    }

    /** What {@code work} returned, or the domain error it threw. */
    private static Callable<Object> outcome(Callable<Object> work) {
        return () -> {
            try {
                return work.call();
            } catch (DomainException e) {
                return e;
            }
        };
    }

    private Actor onboarded(Stores stores, String username, int n) {
        var person = new SignIn(stores.users(), stores.unitOfWork(), clock, stores.suspensions()).signIn(new SignIn.Command(
                new GoogleSubject("g-" + n), new EmailAddress(username + "@example.com"), username)).user().asActor();
        return new CompleteOnboarding(stores.users(), lookalikes(stores), stores.outbox(), stores.unitOfWork(), clock,
                AgeLimits.DEFAULT).complete(new CompleteOnboarding.Command(person, "9876543210", "30", username, Consent.CURRENT))
                .asActor();
    }

    private Plan planOfVerifiedMentor(Stores stores, String username, int n) {
        var mentor = onboarded(stores, username, n);
        new ApplyAsMentor(stores.users(), stores.mentors(), lookalikes(stores), access, stores.unitOfWork(), clock)
                .apply(new ApplyAsMentor.Command(mentor, new Mentor.Details("Listener", "Bio", List.of("anxiety"),
                        List.of("English"), 3)));
        new VerifyMentor(stores.mentors(), access, stores.unitOfWork(), clock).verify(
                new VerifyMentor.Command(Actor.operator(), mentor.id(), true));
        return new CreatePlan(stores.mentors(), stores.plans(), access, stores.unitOfWork(), clock).create(
                new CreatePlan.Command(mentor, new Plan.Terms("Week", "", Paise.ofRupees(499), 0, DAYS)));
    }

    private static Lookalikes lookalikes(Stores stores) {
        return new Lookalikes(stores.users(), TestDatabases.SKELETONS);
    }
}
