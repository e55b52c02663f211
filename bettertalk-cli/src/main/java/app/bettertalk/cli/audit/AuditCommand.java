package app.bettertalk.cli.audit;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk audit}: who read someone else's private words, and why. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        header = "The audit trail of reads of messages, notes and safety plans by others.",
        subcommands = {AuditListCommand.class})
public final class AuditCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: list.");
    }
}
