package app.bettertalk.mysql.review;

import app.bettertalk.core.Race;
import app.bettertalk.core.Stores;
import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.FakePaymentGateway;
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
import app.bettertalk.core.mentor.Rating;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.review.Review;
import app.bettertalk.core.review.Stars;
import app.bettertalk.core.review.WriteReview;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writes of one booking's review at once, on each target: the booking's row lock queues the second behind the
 * first, so it edits the review the first added instead of losing to the unique key, and the mentor's tally counts
 * the review once, with the stars that were stored last.
 */
class ReviewRaceTest {
    private final TestClock clock = new TestClock();
    private final AccessPolicy access = new AccessPolicy();

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Target.class)
    void two_writes_of_one_booking_s_review_at_once_leave_one_review_counted_once(Target target) throws Exception {
        var stores = TestDatabases.freshStores(ReviewRaceTest.class, target);
        var member = onboarded(stores, "asha", 1);
        var plan = planOfVerifiedMentor(stores, "ravi_k", 2);
        var booking = new BookPlan(stores.plans(), stores.mentors(), stores.bookings(), access, stores.unitOfWork(),
                clock).book(new BookPlan.Command(member, plan.id()));
        var confirmed = new ConfirmBooking(stores.bookings(), stores.chatThreads(), stores.users(),
                new FakePaymentGateway(), stores.paymentLedger(), stores.outbox(), access, stores.unitOfWork(),
                clock)
                .confirm(new ConfirmBooking.Command(member, booking.id(), "pay_1"));
        clock.set(confirmed.chat().endsAt());
        var write = new WriteReview(stores.bookings(), stores.chatThreads(), stores.reviews(), stores.mentorRatings(),
                access, stores.unitOfWork(), clock);

        List<Review> written = Race.of(
                () -> write.write(new WriteReview.Command(member, booking.id(), new Stars(4), "First")),
                () -> write.write(new WriteReview.Command(member, booking.id(), new Stars(2), "Second")));

        var stored = stores.reviews().byBooking(booking.id()).orElseThrow();
        assertThat(written).extracting(Review::id).containsOnly(stored.id());
        assertThat(stores.mentorRatings().of(plan.mentor())).isEqualTo(new Rating(1, stored.stars().value()));
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
                new CreatePlan.Command(mentor, new Plan.Terms("Week", "", Paise.ofRupees(499), 0, 7)));
    }

    private static Lookalikes lookalikes(Stores stores) {
        return new Lookalikes(stores.users(), TestDatabases.SKELETONS);
    }
}
