package app.bettertalk.cli;

import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.booking.PaymentGateway;
import app.bettertalk.core.chat.LiveDelivery;
import app.bettertalk.core.mailing.Mailer;
import app.bettertalk.core.mailing.SendQueuedEmails;
import app.bettertalk.core.mailing.UnsubscribeTokens;
import app.bettertalk.core.notification.QuietPeriod;
import app.bettertalk.core.shared.NameSkeletons;
import app.bettertalk.icu.IcuNameSkeletons;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.JdbiJobLocks;
import app.bettertalk.mysql.JdbiSiteAddress;
import app.bettertalk.mysql.JdbiUnitOfWork;
import app.bettertalk.mysql.MigrationState;
import app.bettertalk.mysql.atrest.DataKeys;
import app.bettertalk.mysql.atrest.MasterKeyMismatch;
import app.bettertalk.mysql.atrest.MasterKeys;
import app.bettertalk.mysql.audit.JdbiAuditTrail;
import app.bettertalk.mysql.booking.JdbiBookings;
import app.bettertalk.mysql.booking.JdbiPaymentLedger;
import app.bettertalk.mysql.chat.JdbiChatMessages;
import app.bettertalk.mysql.chat.JdbiChatReads;
import app.bettertalk.mysql.chat.JdbiChatThreads;
import app.bettertalk.mysql.community.JdbiComments;
import app.bettertalk.mysql.community.JdbiGroups;
import app.bettertalk.mysql.community.JdbiMemberships;
import app.bettertalk.mysql.community.JdbiPosts;
import app.bettertalk.mysql.identity.JdbiSessions;
import app.bettertalk.mysql.identity.JdbiUsers;
import app.bettertalk.mysql.mailing.JdbiEmailPreferences;
import app.bettertalk.mysql.mailing.JdbiQueuedEmails;
import app.bettertalk.mysql.mentor.JdbiMentorDirectory;
import app.bettertalk.mysql.mentor.JdbiMentorPhotos;
import app.bettertalk.mysql.mentor.JdbiMentorRatings;
import app.bettertalk.mysql.mentor.JdbiMentors;
import app.bettertalk.mysql.mentor.JdbiPlans;
import app.bettertalk.mysql.notes.JdbiNotesDocuments;
import app.bettertalk.mysql.notification.JdbiOutbox;
import app.bettertalk.mysql.review.JdbiReviews;
import app.bettertalk.mysql.identity.JdbiBlocks;
import app.bettertalk.mysql.identity.JdbiSuspensions;
import app.bettertalk.mysql.moderation.JdbiModerationCases;
import app.bettertalk.mysql.safety.JdbiWatchedWords;
import app.bettertalk.mysql.safetyplan.JdbiSafetyPlans;
import app.bettertalk.redis.RedisBuckets;
import app.bettertalk.notifications.EmailDispatcher;
import app.bettertalk.notifications.EmailTemplates;
import app.bettertalk.notifications.MailboxDirectoryMailer;
import app.bettertalk.notifications.MessageComposer;
import app.bettertalk.notifications.SmtpMailer;
import app.bettertalk.notifications.SmtpServer;
import app.bettertalk.core.limits.RateCounter;
import app.bettertalk.core.limits.Throttle;
import app.bettertalk.core.safety.CrisisScreen;
import app.bettertalk.web.WebApp;
import app.bettertalk.web.WebSettings;
import app.bettertalk.web.booking.PaymentsOff;
import app.bettertalk.web.limits.LocalBuckets;
import app.bettertalk.web.booking.SimulatedPayments;
import app.bettertalk.web.chat.InProcessLiveDelivery;
import app.bettertalk.web.identity.GoogleOpenIdConnect;
import app.bettertalk.web.mentor.ImageIoPhotoCropper;
import app.bettertalk.web.razorpay.RazorpayApi;
import app.bettertalk.web.razorpay.RazorpayGateway;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The composition root: the only place that builds adapters and hands them to the core, with plain {@code new}, in
 * dependency order. Everything is opened on first use, so {@code --help} never touches the database.
 */
public final class Wiring implements AutoCloseable {
    private final Settings settings;
    private final Clock clock;
    private NameSkeletons nameSkeletons;
    private MasterKeys masterKeys;
    private Database database;
    private RedisBuckets sharedBuckets;
    private BetterTalkCore operatorCore;
    private boolean schemaChecked;

    public Wiring(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    /** What names look like, by Unicode's confusables data, loaded on first use. */
    public synchronized NameSkeletons nameSkeletons() {
        if (nameSkeletons == null) {
            nameSkeletons = new IcuNameSkeletons();
        }
        return nameSkeletons;
    }

    /** The database, opened on first use; the embedded one's folder is created then. */
    public synchronized Database database() {
        if (database == null) {
            if (settings.usesEmbeddedDatabase()) {
                OwnerOnly.home(settings.home());
            }
            database = Database.open(settings.database(), 10, nameSkeletons(), this::masterKeys, clock);
            if (settings.usesEmbeddedDatabase()) {
                // H2 made its files just now with the umask's permissions.
                OwnerOnly.home(settings.home());
            }
        }
        return database;
    }

    /**
     * The master keys, read on first need: those given whole in {@code BETTERTALK_MASTER_KEYS}, else the key file's
     * ({@link Settings#keysFile()}), which a database without data keys yet gets made for it, owner-only.
     */
    public synchronized MasterKeys masterKeys() {
        if (masterKeys == null) {
            masterKeys = settings.masterKeys()
                    .map(given -> MasterKeys.parse(given.replace(',', '\n'), Settings.Key.MASTER_KEYS.environment()))
                    .orElseGet(() -> MasterKeyFile.readOrCreate(settings.keysFile(),
                            () -> database().storedDataKeys(), clock));
        }
        return masterKeys;
    }

    /** Where the master keys come from, in words: the key file, or the setting that holds them. */
    public String masterKeysSource() {
        return settings.masterKeys().isPresent() ? Settings.Key.MASTER_KEYS.environment()
                : settings.keysFile().toString();
    }

    /** The data keys, once the master keys proved they open them: a missing or wrong key stops here. */
    public DataKeys dataKeys() {
        try {
            return database().dataKeys();
        } catch (MasterKeyMismatch e) {
            throw new IllegalStateException(masterKeysSource() + ": " + e.getMessage(), e);
        }
    }

    /** Makes {@code keys} the master keys from now on: written to the key file, then used by this process. */
    public synchronized void replaceMasterKeys(MasterKeys keys) {
        if (settings.masterKeys().isPresent()) {
            throw new IllegalStateException("the master keys come from " + Settings.Key.MASTER_KEYS.environment()
                    + ", which BetterTalk cannot change: rotate with a key file (BETTERTALK_KEYS_FILE) instead");
        }
        MasterKeyFile.replace(settings.keysFile(), keys);
        masterKeys = keys;
    }

    /** The core over this database, with the given payment provider and live delivery. */
    public BetterTalkCore core(PaymentGateway payments, LiveDelivery live) {
        return core(payments, live, siteUrl(null));
    }

    /** As {@link #core(PaymentGateway, LiveDelivery)}, its emails linking to {@code siteUrl}. */
    public BetterTalkCore core(PaymentGateway payments, LiveDelivery live, URI siteUrl) {
        return core(payments, live, siteUrl, rules(settings.quietPeriod(), settings.crisisScreen(),
                settings.rateLimits().newAccountFor()));
    }

    /**
     * The core's rules as configured: the defaults but for the quiet period before a "new message" email, the
     * crisis screen's phrases, and how long an account is new (the same length tightens its rate limits).
     */
    public static BetterTalkCore.Rules rules(Duration quietPeriod, CrisisScreen crisisScreen, Duration newAccountFor) {
        var defaults = BetterTalkCore.Rules.DEFAULT;
        return new BetterTalkCore.Rules(defaults.ageLimits(), new QuietPeriod(quietPeriod), defaults.sessionPolicy(),
                defaults.emailDelivery(), crisisScreen, newAccountFor);
    }

    private BetterTalkCore core(PaymentGateway payments, LiveDelivery live, URI siteUrl, BetterTalkCore.Rules rules) {
        var jdbi = database().jdbi();
        var skeletons = nameSkeletons();
        dataKeys();
        var sealed = database().sealedText();
        var ports = new BetterTalkCore.Ports(new JdbiUsers(jdbi, skeletons), new JdbiSessions(jdbi),
                new JdbiMentors(jdbi), new JdbiPlans(jdbi), new JdbiGroups(jdbi), new JdbiMemberships(jdbi),
                new JdbiPosts(jdbi), new JdbiComments(jdbi), new JdbiBookings(jdbi), new JdbiChatThreads(jdbi),
                new JdbiChatMessages(jdbi, sealed),
                new JdbiNotesDocuments(jdbi, sealed), new JdbiOutbox(jdbi), new JdbiUnitOfWork(jdbi), payments, live, clock,
                new JdbiJobLocks(jdbi), new JdbiQueuedEmails(jdbi), new JdbiEmailPreferences(jdbi), mailer(siteUrl),
                unsubscribeTokens(), RandomGenerator.getDefault(), new JdbiMentorRatings(jdbi),
                new JdbiMentorDirectory(jdbi), new JdbiChatReads(jdbi), new JdbiMentorPhotos(jdbi),
                new ImageIoPhotoCropper(), new JdbiReviews(jdbi), new JdbiPaymentLedger(jdbi),
                new JdbiSafetyPlans(jdbi, sealed), new JdbiModerationCases(jdbi, sealed), new JdbiSuspensions(jdbi),
                new JdbiBlocks(jdbi), skeletons, new JdbiWatchedWords(jdbi), new JdbiAuditTrail(jdbi));
        return BetterTalkCore.assemble(ports, rules);
    }

    /**
     * The core for a command at the terminal: it takes no payments and has nobody connected to push to. The
     * embedded database is brought up to date first, so a newcomer's first command works; a server's schema is the
     * operator's to migrate, and a command refuses to run against one that is behind.
     */
    public synchronized BetterTalkCore operatorCore() {
        if (operatorCore == null) {
            requireCurrentSchema();
            operatorCore = core(PaymentsOff.gateway(), message -> { });
        }
        return operatorCore;
    }

    private synchronized void requireCurrentSchema() {
        if (schemaChecked) {
            return;
        }
        if (settings.usesEmbeddedDatabase()) {
            database().migrate();
        } else {
            var pending = database().migrations().stream().filter(MigrationState::pending).count();
            if (pending > 0) {
                throw new IllegalStateException("the database at " + settings.database().redactedUrl() + " has "
                        + pending + " pending migration" + (pending == 1 ? "" : "s")
                        + "; run bettertalk db migrate first");
            }
        }
        schemaChecked = true;
    }

    /**
     * The public URL emails link to: {@code preferred} (a {@code --base-url} flag) if given, else the configured
     * {@code BETTERTALK_BASE_URL}, else where {@code serve} last said it serves (a sweep run by cron beside it),
     * else the address {@code serve} listens on by default.
     */
    public URI siteUrl(String preferred) {
        var configured = settings.mail().siteUrl();
        if (preferred != null) {
            return URI.create(preferred);
        }
        if (!configured.isEmpty()) {
            return URI.create(configured);
        }
        return recordedSiteUrl().orElse(URI.create("http://127.0.0.1:7070"));
    }

    /** Tells later sweeps, in whatever process they run, that the product is served at {@code url}. */
    public void recordSiteUrl(URI url) {
        new JdbiSiteAddress(database().jdbi()).record(url, clock.instant());
    }

    private Optional<URI> recordedSiteUrl() {
        requireCurrentSchema();
        return new JdbiSiteAddress(database().jdbi()).recorded();
    }

    /** Where emails go: the configured SMTP server, else the mailbox folder {@code $BETTERTALK_HOME/mail}. */
    public Mailer mailer(URI siteUrl) {
        var mail = settings.mail();
        var from = mail.from().isEmpty() ? "BetterTalk <no-reply@" + domainOf(siteUrl) + ">" : mail.from();
        var composer = new MessageComposer(new EmailTemplates(siteUrl), from, clock);
        if (!mail.usesSmtp()) {
            return new MailboxDirectoryMailer(settings.home().resolve("mail"), composer);
        }
        var security = SmtpServer.Security.valueOf(mail.smtpSecurity().toUpperCase(Locale.ROOT));
        return new SmtpMailer(SmtpServer.of(mail.smtpHost(), mail.smtpPort(), security, mail.smtpUsername(),
                mail.smtpPassword()), composer);
    }

    /** Where {@link #mailer} sends, in words, for the commands to say. */
    public String mailDestination() {
        var mail = settings.mail();
        return mail.usesSmtp() ? "SMTP " + mail.smtpHost() + ":" + mail.smtpPort()
                : "the mailbox folder " + settings.home().resolve("mail");
    }

    public UnsubscribeTokens unsubscribeTokens() {
        return new UnsubscribeTokens(ServerSecret.of(settings));
    }

    /** The email sweep over this database, its emails linking to {@code siteUrl}. */
    public SendQueuedEmails sendQueuedEmails(URI siteUrl) {
        return core(PaymentsOff.gateway(), new InProcessLiveDelivery(), siteUrl).sendQueuedEmails();
    }

    /** Sweeps of 50-email batches for up to 30 seconds, every {@code pause}, in the background of {@code serve}. */
    public EmailDispatcher emailDispatcher(URI siteUrl, Duration pause) {
        return new EmailDispatcher(sendQueuedEmails(siteUrl), new SendQueuedEmails.Command(50, Duration.ofSeconds(30)),
                pause);
    }

    private static String domainOf(URI siteUrl) {
        var host = siteUrl.getHost() == null ? "localhost" : siteUrl.getHost();
        // An IP address is no mail domain; a name is.
        return host.matches("[0-9.]+|\\[.*]") || !host.contains(".") ? "localhost.localdomain" : host;
    }

    /**
     * The payment provider the settings name: Razorpay when its keys are set, else the simulated one of development
     * sign-in, else none.
     */
    public PaymentGateway payments(boolean devLogin) {
        return settings.razorpay().<PaymentGateway>map(razorpay -> new RazorpayGateway(
                        new RazorpayApi(razorpay.apiUrl(), razorpay.keyId(), razorpay.keySecret())))
                .orElseGet(() -> devLogin ? new SimulatedPayments() : PaymentsOff.gateway());
    }

    /** The core that takes payments, for the commands that settle them (payment reconciliation). */
    public BetterTalkCore paymentsCore() {
        requireCurrentSchema();
        return core(payments(false), message -> { });
    }

    /**
     * The web server over this database, taking payments through {@link #payments}: the web settings must name the
     * same Razorpay account.
     */
    public WebApp webApp(WebSettings web, Duration quietPeriod) {
        var live = new InProcessLiveDelivery();
        var payments = payments(web.devLogin());
        var core = core(payments, live, web.baseUrl(), rules(quietPeriod, settings.crisisScreen(),
                settings.rateLimits().newAccountFor()));
        return new WebApp(core, web, live, new GoogleOpenIdConnect(web.googleClientId(), web.googleClientSecret()),
                BetterTalkCore.Rules.DEFAULT.sessionPolicy(), this::databaseAnswers,
                new Throttle(rateCounter(), settings.rateLimits(), clock));
    }

    /**
     * Where rate limits are counted: in the shared Redis when one is configured (this node's own buckets stand in
     * while it does not answer), else on this node.
     */
    private synchronized RateCounter rateCounter() {
        var onThisNode = new LocalBuckets(clock);
        if (settings.redis().isEmpty()) {
            return onThisNode;
        }
        var redis = settings.redis().get();
        if (sharedBuckets == null) {
            sharedBuckets = RedisBuckets.connect(redis.url(), redis.prefix(), clock, onThisNode);
        }
        return sharedBuckets;
    }

    private boolean databaseAnswers() {
        try (var connection = database().dataSource().getConnection()) {
            return connection.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (sharedBuckets != null) {
            sharedBuckets.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
