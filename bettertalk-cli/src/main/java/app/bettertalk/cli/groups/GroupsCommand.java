package app.bettertalk.cli.groups;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk groups}: topic groups. */
@Command(name = "groups", aliases = "group", mixinStandardHelpOptions = true,
        header = "List, create and seed topic groups.",
        subcommands = {GroupsListCommand.class, GroupsCreateCommand.class, GroupsSeedCommand.class})
public final class GroupsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: list, create or seed.");
    }
}
