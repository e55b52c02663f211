package app.bettertalk.cli;

import app.bettertalk.cli.chats.ChatsCommand;
import app.bettertalk.cli.db.DbCommand;
import app.bettertalk.cli.demo.DemoCommand;
import app.bettertalk.cli.emails.EmailsCommand;
import app.bettertalk.cli.groups.GroupsCommand;
import app.bettertalk.cli.moderation.ModerationCommand;
import app.bettertalk.cli.mentor.MentorCommand;
import app.bettertalk.cli.payments.PaymentsCommand;
import app.bettertalk.cli.serve.ServeCommand;
import app.bettertalk.cli.sessions.SessionsCommand;
import app.bettertalk.cli.keys.KeysCommand;
import app.bettertalk.cli.audit.AuditCommand;
import app.bettertalk.cli.users.UsersCommand;
import app.bettertalk.cli.words.WordsCommand;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.FailureKind;
import app.bettertalk.mysql.DatabaseUnavailable;
import org.jdbi.v3.core.JdbiException;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** The {@code bettertalk} program: its root command and how it turns failures into one line and an exit code. */
@Command(name = "bettertalk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "BetterTalk: run the platform and the jobs that keep it tidy.",
        subcommands = {ServeCommand.class, DbCommand.class, MentorCommand.class, UsersCommand.class,
                GroupsCommand.class, ChatsCommand.class, EmailsCommand.class, PaymentsCommand.class,
                ModerationCommand.class, WordsCommand.class, SessionsCommand.class, KeysCommand.class,
                AuditCommand.class,
                DemoCommand.class, AutoComplete.GenerateCompletion.class,
                CommandLine.HelpCommand.class})
public final class BetterTalk implements Runnable {
    @Mixin
    GlobalOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command; see bettertalk --help.");
    }

    public static void main(String[] args) {
        // The embedded database's AUTO_SERVER listens for this machine's other BetterTalk processes only.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        System.exit(run(args, System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC(),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), new CountDownLatch(1)));
    }

    /** Runs one command line with everything it reads from outside passed in, as the tests do. */
    public static int run(String[] args, Map<String, String> env, Path userHome, Clock clock, PrintWriter out,
                          PrintWriter err) {
        return run(args, env, userHome, clock, out, err, new CountDownLatch(1));
    }

    /** As {@link #run(String[], Map, Path, Clock, PrintWriter, PrintWriter)}; {@code stopServing} stops serve. */
    public static int run(String[] args, Map<String, String> env, Path userHome, Clock clock, PrintWriter out,
                          PrintWriter err, CountDownLatch stopServing) {
        var options = new GlobalOptions();
        var factory = new CommandFactory(options, env, userHome, clock, stopServing, err);
        try {
            var commandLine = new CommandLine(new BetterTalk(), factory);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setParameterExceptionHandler((failure, parsed) -> {
                var line = failure.getCommandLine();
                line.getErr().println("bettertalk: " + oneLine(failure) + " (see '"
                        + line.getCommandSpec().qualifiedName() + " --help')");
                return ExitCodes.USAGE;
            });
            commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
                line.getErr().println("bettertalk: " + oneLine(failure));
                if (options.verbose) {
                    var trace = new StringWriter();
                    failure.printStackTrace(new PrintWriter(trace));
                    line.getErr().print(trace);
                }
                return ExitCodes.FAILURE;
            });
            return commandLine.execute(args);
        } finally {
            factory.close();
            out.flush();
            err.flush();
        }
    }

    private static String oneLine(Throwable failure) {
        var message = switch (failure) {
            case DomainException e -> e.getMessage();
            case DatabaseUnavailable e -> e.getMessage();
            // A database's refusal can quote what was being written; the operator gets its kind instead.
            default -> fromTheDatabase(failure) ? "the database refused: " + FailureKind.of(failure)
                    : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        };
        return message.lines().findFirst().orElse(message);
    }

    private static boolean fromTheDatabase(Throwable failure) {
        var cause = failure;
        for (var depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof JdbiException) {
                return true;
            }
        }
        return false;
    }
}
