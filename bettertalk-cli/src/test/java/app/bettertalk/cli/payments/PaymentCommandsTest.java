package app.bettertalk.cli.payments;

import app.bettertalk.cli.BetterTalk;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.Stores;
import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookingStatus;
import app.bettertalk.core.booking.CompleteCheckout;
import app.bettertalk.core.booking.GatewayRefund;
import app.bettertalk.core.booking.OpenCheckout;
import app.bettertalk.core.booking.Refund;
import app.bettertalk.core.booking.SettleRefund;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.mailing.FakeMailer;
import app.bettertalk.core.mailing.UnsubscribeTokens;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.FakePhotoCropper;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.shared.AsciiNameSkeletons;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import app.bettertalk.web.razorpay.FakeRazorpay;
import app.bettertalk.web.razorpay.RazorpayGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bettertalk payments}: reconciliation against a fake Razorpay, the ledger for operators, bad input. */
class PaymentCommandsTest {
    @TempDir
    Path home;

    private final TestClock clock = new TestClock();
    private final Map<String, String> env = new HashMap<>();
    private final FakeRazorpay razorpay = new FakeRazorpay();
    private Stores stores;
    private BetterTalkCore core;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void freshDatabase() {
        var database = TestDatabases.emptied(PaymentCommandsTest.class, Target.SERVER);
        var settings = database.settings();
        env.put("BETTERTALK_DB_URL", settings.url());
        env.put("BETTERTALK_DB_USER", settings.user());
        env.put("BETTERTALK_DB_PASSWORD", settings.password());
        env.put("BETTERTALK_HOME", home.toString());
        env.put("BETTERTALK_KEYS_FILE", TestDatabases.masterKeyFile(home).toString());
        env.put("BETTERTALK_RAZORPAY_KEY_ID", FakeRazorpay.KEY_ID);
        env.put("BETTERTALK_RAZORPAY_KEY_SECRET", FakeRazorpay.KEY_SECRET);
        env.put("BETTERTALK_RAZORPAY_WEBHOOK_SECRET", FakeRazorpay.WEBHOOK_SECRET);
        env.put("BETTERTALK_RAZORPAY_API_URL", razorpay.url().toString());
        stores = TestDatabases.stores(database);
        core = BetterTalkCore.assemble(new BetterTalkCore.Ports(stores.users(), stores.sessions(), stores.mentors(),
                stores.plans(), stores.groups(), stores.memberships(), stores.posts(), stores.comments(),
                stores.bookings(), stores.chatThreads(), stores.chatMessages(), stores.notes(), stores.outbox(),
                stores.unitOfWork(), new RazorpayGateway(razorpay.client(Duration.ofSeconds(5))), message -> { },
                clock, stores.jobLocks(), stores.queuedEmails(), stores.emailPreferences(), new FakeMailer(),
                new UnsubscribeTokens(World.TEST_SECRET), RandomGenerator.getDefault(), stores.mentorRatings(),
                stores.mentorDirectory(), stores.chatReads(), stores.mentorPhotos(), new FakePhotoCropper(),
                stores.reviews(), stores.paymentLedger(), stores.safetyPlans(),
                stores.moderationCases(), stores.suspensions(), stores.blocks(),
                new AsciiNameSkeletons(), stores.watchedWords(), stores.auditTrail()),
                BetterTalkCore.Rules.DEFAULT);
    }

    @AfterEach
    void stopRazorpay() {
        razorpay.close();
    }

    @Test
    void reconcile_confirms_a_paid_order_nobody_reported_and_cancels_a_booking_left_unpaid() {
        var paid = booking("asha");
        var orderId = openOrder(paid);
        razorpay.pay(orderId);
        var abandoned = booking("meera");
        openOrder(abandoned);
        clock.advance(Duration.ofMinutes(31));

        var run = bettertalk("payments", "reconcile");
        var again = bettertalk("payments", "reconcile", "--json");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1 booking confirmed").contains("cancelled 1 unpaid booking");
        assertThat(status(paid)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(status(abandoned)).isEqualTo(BookingStatus.CANCELLED);
        assertThat(again.code()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("\"confirmed\":0").contains("\"cancelled\":0");
    }

    @Test
    void reconcile_with_razorpay_unreachable_cancels_nothing_and_says_so_in_one_line() {
        var booking = booking("asha");
        openOrder(booking);
        clock.advance(Duration.ofMinutes(31));
        razorpay.close();

        var run = bettertalk("payments", "reconcile");

        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err().lines()).singleElement().asString().contains("could not be reached");
        assertThat(status(booking)).isEqualTo(BookingStatus.PENDING);
    }

    @Test
    void list_and_show_name_ids_states_and_amounts_and_no_secret() {
        var booking = booking("asha");
        var orderId = openOrder(booking);

        var list = bettertalk("payments", "list");
        var open = bettertalk("payments", "list", "--status", "open", "--json");
        var paid = bettertalk("payments", "list", "--status", "PAID", "--json");
        var show = bettertalk("payments", "show", booking.id().toString());

        assertThat(list.code()).isEqualTo(ExitCodes.OK);
        assertThat(list.out()).contains(booking.id().toString()).contains(orderId).contains("29900")
                .contains("OPEN").contains("1 payment.");
        assertThat(open.out()).contains(orderId);
        assertThat(paid.out()).doesNotContain(orderId);
        assertThat(show.out()).contains("order         " + orderId).contains("29900 paise INR");
        for (var run : List.of(list, open, paid, show)) {
            assertThat(run.out() + run.err()).doesNotContain(FakeRazorpay.KEY_SECRET)
                    .doesNotContain(FakeRazorpay.WEBHOOK_SECRET).doesNotContain("@example.com");
        }
    }

    @Test
    void bad_input_is_refused_in_one_line() {
        var notAnId = bettertalk("payments", "show", "not-an-id");
        var unknown = bettertalk("payments", "show", UUID.randomUUID().toString());
        var badStatus = bettertalk("payments", "list", "--status", "bogus");
        var badLimit = bettertalk("payments", "reconcile", "--limit", "0");

        assertThat(notAnId.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notAnId.err()).contains("BOOKING must be a booking id");
        assertThat(unknown.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknown.err().lines()).singleElement().asString().contains("not found");
        assertThat(badStatus.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badStatus.err()).contains("--status must be opening, open or paid");
        assertThat(badLimit.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badLimit.err()).contains("limit");
    }

    @Test
    void razorpay_half_configured_stops_the_program_naming_what_is_missing_and_never_a_secret() {
        env.remove("BETTERTALK_RAZORPAY_WEBHOOK_SECRET");

        var run = bettertalk("payments", "list");
        var help = bettertalk("payments", "--help");

        assertThat(run.code()).isNotEqualTo(ExitCodes.OK);
        assertThat(run.err().lines()).singleElement().asString().contains("BETTERTALK_RAZORPAY_WEBHOOK_SECRET")
                .doesNotContain(FakeRazorpay.KEY_SECRET);
        assertThat(help.out()).contains("reconcile").doesNotContain(FakeRazorpay.KEY_SECRET);
    }

    @Test
    void refund_calls_a_paid_booking_off_refunds_it_once_and_the_ledger_shows_the_refund() {
        var booking = paidBooking("asha");

        var run = bettertalk("payments", "refund", booking.id().toString());
        var again = bettertalk("payments", "refund", booking.id().toString(), "--json");
        var show = bettertalk("payments", "show", booking.id().toString());
        var pending = bettertalk("payments", "refunds", "--state", "pending", "--json");
        var failed = bettertalk("payments", "refunds", "--state", "FAILED");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("is refunded: 29900 paise, refund pending (rfnd_");
        assertThat(again.code()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("\"status\":\"REFUNDED\"").contains("\"state\":\"PENDING\"");
        assertThat(status(booking)).isEqualTo(BookingStatus.REFUNDED);
        var paymentId = stores.bookings().byId(booking.id()).orElseThrow().paymentReference();
        assertThat(razorpay.refundsOf(paymentId)).hasSize(1);
        assertThat(show.out()).contains("refund        rfnd_").contains("29900 paise, PENDING (REFUNDED_BY_ADMIN)");
        var webhook = core.settleRefund().settleEvent("evt_cli_1", "refund.processed", new GatewayRefund(
                stores.paymentLedger().refundsOf(booking.id()).getFirst().refundId(), paymentId,
                Refund.State.PROCESSED, ""));
        assertThat(webhook).isEqualTo(SettleRefund.Outcome.RECORDED);
        assertThat(bettertalk("payments", "show", booking.id().toString()).out())
                .contains("PROCESSED (REFUNDED_BY_ADMIN)").contains("refund.processed " + paymentId + " (evt_cli_1)");
        assertThat(pending.out()).contains(booking.id().toString()).contains("\"amountPaise\":29900");
        assertThat(failed.out()).contains("0 refunds.");
        for (var each : List.of(run, again, show, pending, failed)) {
            assertThat(each.out() + each.err()).doesNotContain("@example.com").doesNotContain("9876543210")
                    .doesNotContain(FakeRazorpay.KEY_SECRET);
        }
    }

    @Test
    void refund_with_razorpay_unreachable_owes_the_refund_and_says_so_in_one_line() {
        var booking = paidBooking("asha");
        razorpay.close();

        var run = bettertalk("payments", "refund", booking.id().toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err().lines()).singleElement().asString().contains("the refund is owed")
                .contains("payments reconcile asks again");
        assertThat(status(booking)).isEqualTo(BookingStatus.REFUNDED);
        assertThat(stores.paymentLedger().refundsOf(booking.id())).singleElement()
                .satisfies(refund -> assertThat(refund.attempts()).isEqualTo(1));
    }

    @Test
    void refund_refuses_bad_input_in_one_line_and_changes_nothing() {
        var unpaid = booking("asha");

        var notPaid = bettertalk("payments", "refund", unpaid.id().toString());
        var notAnId = bettertalk("payments", "refund", "not-an-id");
        var unknown = bettertalk("payments", "refund", UUID.randomUUID().toString());
        var badState = bettertalk("payments", "refunds", "--state", "bogus");

        assertThat(notPaid.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(notPaid.err().lines()).singleElement().asString().contains("Only a paid booking is refunded");
        assertThat(status(unpaid)).isEqualTo(BookingStatus.PENDING);
        assertThat(notAnId.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknown.err().lines()).singleElement().asString().contains("not found");
        assertThat(badState.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badState.err()).contains("--state must be requested, pending, failed or processed");
    }

    /** A booking paid through Razorpay and confirmed, as the member's return from the checkout would. */
    private Booking paidBooking(String member) {
        var booking = booking(member);
        var orderId = openOrder(booking);
        var paymentId = razorpay.pay(orderId);
        var payer = core.identifyActor().identify(booking.user());
        core.completeCheckout().complete(new CompleteCheckout.Command(payer, orderId, paymentId));
        return booking;
    }

    private Booking booking(String member) {
        var person = onboarded(member);
        var mentor = onboarded(member + "_mentor");
        core.applyAsMentor().apply(new ApplyAsMentor.Command(mentor, new Mentor.Details("Listener", "Bio",
                List.of("anxiety"), List.of("English"), 2)));
        core.verifyMentor().verify(new VerifyMentor.Command(Actor.operator(), mentor.id(), true));
        var plan = core.createPlan().create(new CreatePlan.Command(core.identifyActor().identify(mentor.id()),
                new Plan.Terms("Plan", "", Paise.ofRupees(299), 0, 7)));
        return core.bookPlan().book(new BookPlan.Command(person, plan.id()));
    }

    private String openOrder(Booking booking) {
        var payer = core.identifyActor().identify(booking.user());
        return core.openCheckout().open(new OpenCheckout.Query(payer, booking.id())).order().orderId();
    }

    private BookingStatus status(Booking booking) {
        return stores.bookings().byId(booking.id()).orElseThrow().status();
    }

    private Actor onboarded(String username) {
        var email = new EmailAddress(username + "@example.com");
        var user = core.signIn().signIn(new SignIn.Command(new GoogleSubject("g-" + username), email, username))
                .user();
        return core.completeOnboarding().complete(new CompleteOnboarding.Command(user.asActor(), "9876543210", "30",
                username, Consent.CURRENT)).asActor();
    }

    private Run bettertalk(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var code = BetterTalk.run(args, env, home, Clock.fixed(clock.instant(), ZoneOffset.UTC), new PrintWriter(out),
                new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
