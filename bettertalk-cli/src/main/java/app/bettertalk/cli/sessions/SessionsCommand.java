package app.bettertalk.cli.sessions;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk sessions}: the job that forgets ended sign-ins. */
@Command(name = "sessions", mixinStandardHelpOptions = true, header = "Jobs on sign-in sessions.",
        subcommands = {SweepSessionsCommand.class})
public final class SessionsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: sweep.");
    }
}
