package app.bettertalk.cli.moderation;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk moderation}: the queue of reported things, one case, and deciding it. */
@Command(name = "moderation", mixinStandardHelpOptions = true,
        header = "List open moderation cases, show one, and resolve it.",
        subcommands = {ModerationListCommand.class, ModerationShowCommand.class, ModerationResolveCommand.class})
public final class ModerationCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: list, show or resolve.");
    }
}
