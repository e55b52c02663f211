package app.bettertalk.cli.emails;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk emails}: the outbox of emails, for cron and operators. */
@Command(name = "emails", mixinStandardHelpOptions = true, header = "Send queued emails, list them, retry failed ones.",
        subcommands = {SweepEmailsCommand.class, ListEmailsCommand.class, RetryEmailCommand.class})
public final class EmailsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: sweep, list or retry.");
    }
}
