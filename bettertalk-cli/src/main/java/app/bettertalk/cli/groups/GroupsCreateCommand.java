package app.bettertalk.cli.groups;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk groups create --name … [--description …]}. */
@Command(name = "create", mixinStandardHelpOptions = true, header = "Create one group.")
public final class GroupsCreateCommand implements Callable<Integer> {
    private final Supplier<CreateGroup> createGroup;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--name", required = true, description = "The group's name (unique, ignoring case).")
    String name;

    @Option(names = "--description", defaultValue = "", description = "What the group is for.")
    String description;

    public GroupsCreateCommand(Supplier<CreateGroup> createGroup) {
        this.createGroup = createGroup;
    }

    @Override
    public Integer call() {
        var group = createGroup.get().create(new CreateGroup.Command(Actor.operator(), name, description));
        spec.commandLine().getOut().println("Created group " + group.name() + " (" + group.id() + ").");
        return ExitCodes.OK;
    }
}
