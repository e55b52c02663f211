package app.bettertalk.cli;

import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.booking.PaymentGateway;
import app.bettertalk.core.chat.LiveDelivery;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.JdbiJobLocks;
import app.bettertalk.mysql.JdbiUnitOfWork;
import app.bettertalk.mysql.booking.JdbiBookings;
import app.bettertalk.mysql.chat.JdbiChatMessages;
import app.bettertalk.mysql.chat.JdbiChatThreads;
import app.bettertalk.mysql.community.JdbiComments;
import app.bettertalk.mysql.community.JdbiGroups;
import app.bettertalk.mysql.community.JdbiMemberships;
import app.bettertalk.mysql.community.JdbiPosts;
import app.bettertalk.mysql.identity.JdbiSessions;
import app.bettertalk.mysql.identity.JdbiUsers;
import app.bettertalk.mysql.mentor.JdbiMentors;
import app.bettertalk.mysql.mentor.JdbiPlans;
import app.bettertalk.mysql.notes.JdbiNotesDocuments;
import app.bettertalk.mysql.notification.JdbiOutbox;
import app.bettertalk.web.WebApp;
import app.bettertalk.web.WebSettings;
import app.bettertalk.web.booking.PaymentsOff;
import app.bettertalk.web.booking.SimulatedPayments;
import app.bettertalk.web.chat.InProcessLiveDelivery;
import app.bettertalk.web.identity.GoogleOpenIdConnect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/**
 * The composition root: the only place that builds adapters and hands them to the core, with plain {@code new}, in
 * dependency order. Everything is opened on first use, so {@code --help} never touches the database.
 */
public final class Wiring implements AutoCloseable {
    private final Settings settings;
    private final Clock clock;
    private Database database;
    private BetterTalkCore operatorCore;

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

    /** The database, opened on first use; the embedded one's folder is created then. */
    public synchronized Database database() {
        if (database == null) {
            if (settings.usesEmbeddedDatabase()) {
                try {
                    Files.createDirectories(settings.home());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create " + settings.home() + ": " + e.getMessage(), e);
                }
            }
            database = Database.open(settings.database(), 10);
        }
        return database;
    }

    /** The core over this database, with the given payment provider and live delivery. */
    public BetterTalkCore core(PaymentGateway payments, LiveDelivery live) {
        var jdbi = database().jdbi();
        var ports = new BetterTalkCore.Ports(new JdbiUsers(jdbi), new JdbiSessions(jdbi), new JdbiMentors(jdbi),
                new JdbiPlans(jdbi), new JdbiGroups(jdbi), new JdbiMemberships(jdbi), new JdbiPosts(jdbi),
                new JdbiComments(jdbi), new JdbiBookings(jdbi), new JdbiChatThreads(jdbi), new JdbiChatMessages(jdbi),
                new JdbiNotesDocuments(jdbi), new JdbiOutbox(jdbi), new JdbiUnitOfWork(jdbi), payments, live, clock,
                new JdbiJobLocks(jdbi));
        return BetterTalkCore.assemble(ports, BetterTalkCore.Rules.DEFAULT);
    }

    /** The core as operators and cron jobs use it: no payment is taken and nobody listens for live messages. */
    public synchronized BetterTalkCore operatorCore() {
        if (operatorCore == null) {
            operatorCore = core(new PaymentsOff(), message -> { });
        }
        return operatorCore;
    }

    /**
     * The web server over this database. Development sign-in brings the simulated payment provider; otherwise no
     * payment is accepted until a real provider is wired here.
     */
    public WebApp webApp(WebSettings web) {
        var live = new InProcessLiveDelivery();
        var payments = web.devLogin() ? new SimulatedPayments() : new PaymentsOff();
        var core = core(payments, live);
        return new WebApp(core, web, live, new GoogleOpenIdConnect(web.googleClientId(), web.googleClientSecret()),
                BetterTalkCore.Rules.DEFAULT.sessionPolicy(), this::databaseAnswers);
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
        if (database != null) {
            database.close();
        }
    }
}
