package app.bettertalk.cli;

import app.bettertalk.cli.chats.SweepChatsCommand;
import app.bettertalk.cli.db.DbMigrateCommand;
import app.bettertalk.cli.db.DbStatusCommand;
import app.bettertalk.cli.demo.DemoSeedCommand;
import app.bettertalk.cli.emails.ListEmailsCommand;
import app.bettertalk.cli.emails.RetryEmailCommand;
import app.bettertalk.cli.emails.SweepEmailsCommand;
import app.bettertalk.cli.groups.GroupsCreateCommand;
import app.bettertalk.cli.groups.GroupsListCommand;
import app.bettertalk.cli.groups.GroupsSeedCommand;
import app.bettertalk.cli.mentor.MentorListCommand;
import app.bettertalk.cli.mentor.MentorUnverifyCommand;
import app.bettertalk.cli.mentor.MentorVerifyCommand;
import app.bettertalk.cli.payments.ListPaymentsCommand;
import app.bettertalk.cli.payments.ListRefundsCommand;
import app.bettertalk.cli.payments.ReconcilePaymentsCommand;
import app.bettertalk.cli.payments.RefundPaymentCommand;
import app.bettertalk.cli.payments.ShowPaymentCommand;
import app.bettertalk.cli.serve.ServeCommand;
import app.bettertalk.cli.moderation.ModerationListCommand;
import app.bettertalk.cli.moderation.ModerationResolveCommand;
import app.bettertalk.cli.moderation.ModerationShowCommand;
import app.bettertalk.cli.users.UsersGrantAdminCommand;
import app.bettertalk.cli.sessions.SweepSessionsCommand;
import app.bettertalk.cli.audit.AuditListCommand;
import app.bettertalk.cli.keys.KeysRetireCommand;
import app.bettertalk.cli.keys.KeysRotateCommand;
import app.bettertalk.cli.keys.KeysStatusCommand;
import app.bettertalk.cli.users.UsersGrantModeratorCommand;
import app.bettertalk.cli.users.UsersRevokeModeratorCommand;
import app.bettertalk.cli.users.UsersListCommand;
import app.bettertalk.cli.users.UsersRevokeAdminCommand;
import app.bettertalk.cli.users.UsersShowCommand;
import app.bettertalk.cli.users.UsersExportCommand;
import app.bettertalk.cli.users.UsersEraseCommand;
import app.bettertalk.cli.words.WordsAddCommand;
import app.bettertalk.cli.words.WordsListCommand;
import app.bettertalk.cli.words.WordsRemoveCommand;
import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.mysql.Database;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;

import static java.util.Map.entry;

/**
 * Creates every command with the use cases it runs, and the one {@link GlobalOptions} the root command mixes in;
 * {@link #commands} is the table of which command gets what. A command receives each use case as a {@link Supplier}
 * it calls only when it runs, so {@code --help} and usage errors never open the database, and the {@link Wiring}
 * itself is built on first use, after parsing, when the flags are known.
 */
final class CommandFactory implements CommandLine.IFactory, AutoCloseable {
    private final GlobalOptions options;
    private final Map<String, String> env;
    private final Path userHome;
    private final Clock clock;
    private final CountDownLatch stopServing;
    private final PrintWriter err;
    private final Map<Class<?>, Supplier<?>> commands;
    private Wiring wiring;

    CommandFactory(GlobalOptions options, Map<String, String> env, Path userHome, Clock clock,
                   CountDownLatch stopServing, PrintWriter err) {
        this.err = err;
        this.options = options;
        this.env = env;
        this.userHome = userHome;
        this.clock = clock;
        this.stopServing = stopServing;
        this.commands = commands();
    }

    /**
     * Operator commands take use cases of {@link Wiring#operatorCore()}; {@code db} takes the database itself,
     * {@code emails sweep} the sweep with its mailer, and {@code serve}, which starts the web adapter, the wiring.
     */
    private Map<Class<?>, Supplier<?>> commands() {
        return Map.ofEntries(
                entry(ServeCommand.class, () -> new ServeCommand(this::wiring, env, stopServing)),
                entry(DbMigrateCommand.class, () -> new DbMigrateCommand(database())),
                entry(DbStatusCommand.class, () -> new DbStatusCommand(database())),
                entry(MentorListCommand.class, () -> new MentorListCommand(
                        use(BetterTalkCore::listMentors), use(BetterTalkCore::findAccount))),
                entry(MentorVerifyCommand.class, () -> new MentorVerifyCommand(
                        use(BetterTalkCore::findAccount), use(BetterTalkCore::verifyMentor))),
                entry(MentorUnverifyCommand.class, () -> new MentorUnverifyCommand(
                        use(BetterTalkCore::findAccount), use(BetterTalkCore::verifyMentor))),
                entry(UsersListCommand.class, () -> new UsersListCommand(use(BetterTalkCore::listUsers))),
                entry(UsersShowCommand.class, () -> new UsersShowCommand(use(BetterTalkCore::findAccount))),
                entry(UsersEraseCommand.class, () -> new UsersEraseCommand(use(BetterTalkCore::findAccount),
                        use(BetterTalkCore::eraseAccount))),
                entry(UsersExportCommand.class, () -> new UsersExportCommand(use(BetterTalkCore::findAccount),
                        use(BetterTalkCore::exportData))),
                entry(UsersGrantAdminCommand.class, () -> new UsersGrantAdminCommand(
                        use(BetterTalkCore::findAccount), use(BetterTalkCore::changeAdminRole))),
                entry(UsersRevokeAdminCommand.class, () -> new UsersRevokeAdminCommand(
                        use(BetterTalkCore::findAccount), use(BetterTalkCore::changeAdminRole))),
                entry(UsersGrantModeratorCommand.class, () -> new UsersGrantModeratorCommand(
                        use(BetterTalkCore::findAccount), use(BetterTalkCore::changeModeratorRole))),
                entry(UsersRevokeModeratorCommand.class, () -> new UsersRevokeModeratorCommand(
                        use(BetterTalkCore::findAccount), use(BetterTalkCore::changeModeratorRole))),
                entry(ModerationListCommand.class, () -> new ModerationListCommand(
                        use(BetterTalkCore::viewModerationQueue))),
                entry(ModerationShowCommand.class, () -> new ModerationShowCommand(
                        use(BetterTalkCore::viewModerationCase))),
                entry(ModerationResolveCommand.class, () -> new ModerationResolveCommand(
                        use(BetterTalkCore::decideCase))),
                entry(SweepSessionsCommand.class, () -> new SweepSessionsCommand(
                        use(BetterTalkCore::sweepEndedSessions))),
                entry(WordsListCommand.class, () -> new WordsListCommand(use(BetterTalkCore::listWatchedWords))),
                entry(WordsAddCommand.class, () -> new WordsAddCommand(use(BetterTalkCore::watchWord))),
                entry(WordsRemoveCommand.class, () -> new WordsRemoveCommand(use(BetterTalkCore::unwatchWord))),
                entry(GroupsListCommand.class, () -> new GroupsListCommand(use(BetterTalkCore::listGroups))),
                entry(GroupsCreateCommand.class, () -> new GroupsCreateCommand(use(BetterTalkCore::createGroup))),
                entry(GroupsSeedCommand.class, () -> new GroupsSeedCommand(use(BetterTalkCore::seedGroups))),
                entry(SweepChatsCommand.class, () -> new SweepChatsCommand(use(BetterTalkCore::sweepExpiredChats))),
                entry(SweepEmailsCommand.class, () -> new SweepEmailsCommand(
                        baseUrl -> wiring().sendQueuedEmails(wiring().siteUrl(baseUrl)),
                        () -> wiring().mailDestination())),
                entry(ListEmailsCommand.class, () -> new ListEmailsCommand(use(BetterTalkCore::listQueuedEmails))),
                entry(RetryEmailCommand.class, () -> new RetryEmailCommand(use(BetterTalkCore::retryEmail))),
                entry(ListPaymentsCommand.class, () -> new ListPaymentsCommand(use(BetterTalkCore::listPayments))),
                entry(ShowPaymentCommand.class, () -> new ShowPaymentCommand(use(BetterTalkCore::showPayment))),
                entry(RefundPaymentCommand.class, () -> new RefundPaymentCommand(
                        () -> wiring().paymentsCore().refundBooking())),
                entry(ListRefundsCommand.class, () -> new ListRefundsCommand(use(BetterTalkCore::listRefunds))),
                entry(ReconcilePaymentsCommand.class, () -> new ReconcilePaymentsCommand(
                        () -> wiring().paymentsCore().reconcilePayments(), () -> wiring().settings().payWithin())),
                entry(AuditListCommand.class, () -> new AuditListCommand(use(BetterTalkCore::listAuditTrail))),
                entry(KeysStatusCommand.class, () -> new KeysStatusCommand(this::wiring)),
                entry(KeysRotateCommand.class, () -> new KeysRotateCommand(this::wiring)),
                entry(KeysRetireCommand.class, () -> new KeysRetireCommand(this::wiring)),
                entry(DemoSeedCommand.class, () -> new DemoSeedCommand(use(CommandFactory::demoSeed))));
    }

    /** What {@code demo seed} plays: it signs people in, onboards them, makes mentors, plans, groups and posts. */
    private static DemoSeedCommand.UseCases demoSeed(BetterTalkCore core) {
        return new DemoSeedCommand.UseCases(core.listUsers(), core.seedGroups(), core.signIn(),
                core.completeOnboarding(), core.viewMentor(), core.applyAsMentor(), core.verifyMentor(),
                core.identifyActor(), core.createPlan(), core.listGroups(), core.joinGroup(), core.viewGroup(),
                core.writePost());
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == GlobalOptions.class) {
            return type.cast(options);
        }
        var command = commands.get(type);
        return command == null ? CommandLine.defaultFactory().create(type) : type.cast(command.get());
    }

    /** A use case of the core for the terminal, taken when the command runs. */
    private <T> Supplier<T> use(Function<BetterTalkCore, T> useCase) {
        return () -> useCase.apply(wiring().operatorCore());
    }

    private Supplier<Database> database() {
        return () -> wiring().database();
    }

    /** Built on first use, after the command line was parsed, so flags are known. */
    private synchronized Wiring wiring() {
        if (wiring == null) {
            var settings = Settings.resolve(options.flags(), env, options.config, userHome);
            settings.warnings().forEach(warning -> err.println("bettertalk: warning: " + warning));
            err.flush();
            wiring = new Wiring(settings, clock);
        }
        return wiring;
    }

    @Override
    public synchronized void close() {
        if (wiring != null) {
            wiring.close();
        }
    }
}
