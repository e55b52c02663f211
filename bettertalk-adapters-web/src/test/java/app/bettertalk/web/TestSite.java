package app.bettertalk.web;

import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;
import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.booking.PaymentGateway;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.identity.StartSession;
import app.bettertalk.core.limits.LimitedAction;
import app.bettertalk.core.limits.Rate;
import app.bettertalk.core.limits.RateLimits;
import app.bettertalk.core.limits.Throttle;
import app.bettertalk.core.mailing.FakeMailer;
import app.bettertalk.core.mailing.FixedJitter;
import app.bettertalk.core.mailing.UnsubscribeTokens;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.shared.AsciiNameSkeletons;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.booking.PaymentsOff;
import app.bettertalk.web.booking.SimulatedPayments;
import app.bettertalk.web.chat.InProcessLiveDelivery;
import app.bettertalk.web.identity.GoogleAccounts;
import app.bettertalk.web.limits.LocalBuckets;
import app.bettertalk.web.mentor.ImageIoPhotoCropper;
import app.bettertalk.web.razorpay.FakeRazorpay;
import app.bettertalk.web.razorpay.RazorpayGateway;
import app.bettertalk.web.razorpay.RazorpaySettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real {@link WebApp} on a free port over in-memory stores, a {@link TestClock} and simulated payments, with
 * development sign-in on. Tests talk to it over real HTTP through {@link Browser}s.
 */
public final class TestSite implements AutoCloseable {
    public final TestClock clock = new TestClock();
    public final Stores stores = InMemoryStores.create();
    public final InProcessLiveDelivery live = new InProcessLiveDelivery();
    public final FakeMailer mailer = new FakeMailer();
    public final UnsubscribeTokens unsubscribeTokens = new UnsubscribeTokens(World.TEST_SECRET);
    public final BetterTalkCore core;
    public final WebApp app;
    public final String baseUrl;
    private final AtomicInteger people = new AtomicInteger();
    private final boolean devLogin;

    public TestSite() {
        this(new SimulatedPayments(), GoogleUnavailable.INSTANCE);
    }

    public TestSite(PaymentGateway payments, GoogleAccounts google) {
        this(payments, google, true, "", "");
    }

    /** A development site whose payments go through {@code payments} instead of the simulated ones. */
    public static TestSite withPayments(PaymentGateway payments) {
        return new TestSite(payments, GoogleUnavailable.INSTANCE, true, "", "");
    }

    /** A site as {@code serve} runs without {@code --dev-login}: no development sign-in, no simulated payments. */
    public static TestSite withoutDevLogin() {
        return new TestSite(PaymentsOff.gateway(), GoogleUnavailable.INSTANCE, false, "", "");
    }

    /** With Google sign-in on (a non-empty client id and secret) through {@code google}. */
    public TestSite(PaymentGateway payments, GoogleAccounts google, String googleClientId,
                    String googleClientSecret) {
        this(payments, google, true, googleClientId, googleClientSecret);
    }

    public TestSite(PaymentGateway payments, GoogleAccounts google, boolean devLogin, String googleClientId,
                    String googleClientSecret) {
        this(payments, google, devLogin, googleClientId, googleClientSecret, Optional.empty(), ROOMY);
    }

    /**
     * Limits no test reaches by accident, so tests that send many messages or sign many people in from one address
     * test what they say; the rate-limit tests choose their own with {@link #withLimits}.
     */
    public static final RateLimits ROOMY = roomy();

    /** A development site that holds tries to {@code limits}. */
    public static TestSite withLimits(RateLimits limits) {
        return new TestSite(new SimulatedPayments(), GoogleUnavailable.INSTANCE, true, "", "", Optional.empty(),
                limits);
    }

    private static RateLimits roomy() {
        var limits = RateLimits.DEFAULT;
        var plenty = Rate.parse("100000/m");
        for (var action : LimitedAction.values()) {
            limits = limits.with(action, new RateLimits.ActionLimits(plenty, plenty, plenty));
        }
        return new RateLimits(limits.actions(), limits.newAccountFor(), 100);
    }

    /**
     * A site as {@code serve} runs with Razorpay's keys set, without development sign-in, its API and checkout
     * script on {@code razorpay}.
     */
    public static TestSite withRazorpay(FakeRazorpay razorpay) {
        return new TestSite(new RazorpayGateway(razorpay.client(Duration.ofSeconds(5))), GoogleUnavailable.INSTANCE,
                false, "", "", Optional.of(new RazorpaySettings(FakeRazorpay.KEY_ID, FakeRazorpay.KEY_SECRET,
                        FakeRazorpay.WEBHOOK_SECRET, razorpay.url(), razorpay.checkoutUrl())), ROOMY);
    }

    private TestSite(PaymentGateway payments, GoogleAccounts google, boolean devLogin, String googleClientId,
                     String googleClientSecret, Optional<RazorpaySettings> razorpay, RateLimits limits) {
        this.devLogin = devLogin;
        var ports = new BetterTalkCore.Ports(stores.users(), stores.sessions(), stores.mentors(), stores.plans(),
                stores.groups(), stores.memberships(), stores.posts(), stores.comments(), stores.bookings(),
                stores.chatThreads(), stores.chatMessages(), stores.notes(), stores.outbox(), stores.unitOfWork(),
                payments, live, clock, stores.jobLocks(), stores.queuedEmails(), stores.emailPreferences(), mailer,
                unsubscribeTokens, new FixedJitter(0.5), stores.mentorRatings(),
                stores.mentorDirectory(), stores.chatReads(), stores.mentorPhotos(), new ImageIoPhotoCropper(),
                stores.reviews(), stores.paymentLedger(), stores.safetyPlans(),
                stores.moderationCases(), stores.suspensions(), stores.blocks(), new AsciiNameSkeletons(),
                stores.watchedWords(), stores.auditTrail());
        core = BetterTalkCore.assemble(ports, BetterTalkCore.Rules.DEFAULT);
        // Bound to port 0 before the settings are made, since they name the port and nothing may take it meanwhile.
        var listening = listeningOnAFreePort();
        baseUrl = "http://127.0.0.1:" + listening.socket().getLocalPort();
        var settings = new WebSettings(URI.create(baseUrl), devLogin, googleClientId, googleClientSecret, razorpay);
        app = new WebApp(core, settings, live, google, BetterTalkCore.Rules.DEFAULT.sessionPolicy(), () -> true,
                new Throttle(new LocalBuckets(clock), limits, clock)).start(listening);
    }

    /** A browser with no cookies yet. */
    public Browser visitor() {
        return new Browser(baseUrl);
    }

    /** A browser signed in through the development sign-in as someone new who has not onboarded. */
    public Browser newcomer(String name) {
        var browser = visitor();
        browser.get("/signin");
        browser.postForm("/auth/dev", "email", name + people.incrementAndGet() + "@example.com", "name", name);
        return browser;
    }

    /** A browser with a fresh session of {@code user}, started in the core (works without development sign-in). */
    public Browser signedInAs(UserId user) {
        var browser = visitor();
        browser.setCookie(Requests.SESSION_COOKIE,
                core.startSession().start(new StartSession.Command(user)).token().value());
        return browser;
    }

    /**
     * A browser signed in as someone onboarded under {@code username}: through the pages with development sign-in,
     * else through the core, as a Google sign-in would have made them.
     */
    public Browser member(String username) {
        if (!devLogin) {
            var n = people.incrementAndGet();
            var user = core.signIn().signIn(new SignIn.Command(new GoogleSubject("google-" + n),
                    new EmailAddress(username + n + "@example.com"), username)).user();
            core.completeOnboarding().complete(new CompleteOnboarding.Command(user.asActor(), "98765 43210", "29",
                    username, Consent.CURRENT));
            return signedInAs(user.id());
        }
        var browser = newcomer(username);
        // The form's CSRF token is the new session's, so the form is fetched first, as a person would.
        browser.get("/onboarding");
        var onboarded = browser.postForm("/onboarding", "phone", "98765 43210", "age", "29", "username", username, "terms", Consent.CURRENT);
        if (onboarded.status() != 303) {
            throw new IllegalStateException("onboarding " + username + " failed: " + onboarded.status());
        }
        return browser;
    }

    /** A browser signed in as an onboarded admin. */
    public Browser admin(String username) {
        var browser = member(username);
        makeAdmin(browser.userId(stores));
        return browser;
    }

    /** Gives {@code id} the admin role, as the operator's command line does. */
    public void makeAdmin(UserId id) {
        var user = stores.users().byId(id).orElseThrow();
        stores.unitOfWork().inTransaction(() -> {
            stores.users().update(user.withRole(Role.ADMIN, clock.instant()));
            return null;
        });
    }

    /** A browser signed in as a verified mentor with one active plan of {@code days} days at ₹499. */
    public Browser mentorWithPlan(String username, int days) {
        var browser = member(username);
        var actor = core.identifyActor().identify(browser.userId(stores));
        core.applyAsMentor().apply(new ApplyAsMentor.Command(actor, new Mentor.Details("Listener for hard days",
                "Years of peer support.", List.of("anxiety", "breakup"), List.of("English", "Hindi"), 8)));
        core.verifyMentor().verify(new VerifyMentor.Command(Actor.operator(), actor.id(), true));
        core.createPlan().create(new CreatePlan.Command(core.identifyActor().identify(actor.id()),
                new Plan.Terms(days + " days of chat", "Text support when you need it.", Paise.ofRupees(499), 30,
                        days)));
        return browser;
    }

    @Override
    public void close() {
        app.stop();
    }

    private static ServerSocketChannel listeningOnAFreePort() {
        try {
            return ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Google sign-in as a server without Google configured has it: never reached. */
    enum GoogleUnavailable implements GoogleAccounts {
        INSTANCE;

        @Override
        public URI authorizationUrl(String state, String nonce, String codeChallenge, String redirectUri) {
            throw new GoogleSignInFailed("Google sign-in is off in this test", null);
        }

        @Override
        public VerifiedGoogleAccount verify(String code, String codeVerifier, String redirectUri,
                                            String expectedNonce) {
            throw new GoogleSignInFailed("Google sign-in is off in this test", null);
        }
    }
}
