package app.bettertalk.cli.groups;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.ListGroups;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk groups list}. */
@Command(name = "list", mixinStandardHelpOptions = true, header = "List every group with its member count.")
public final class GroupsListCommand implements Callable<Integer> {
    private final Supplier<ListGroups> listGroups;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public GroupsListCommand(Supplier<ListGroups> listGroups) {
        this.listGroups = listGroups;
    }

    /** One group as listed. */
    public record Row(String id, String name, int members, String description) {
    }

    @Override
    public Integer call() {
        var rows = listGroups.get().list(new ListGroups.Query(Actor.operator())).stream()
                .map(card -> new Row(card.group().id().toString(), card.group().name(), card.memberCount(),
                        card.group().description()))
                .toList();
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("groups", rows));
        } else {
            Output.table(out, List.of("ID", "NAME", "MEMBERS", "DESCRIPTION"), rows.stream()
                    .map(row -> List.of(row.id(), row.name(), Integer.toString(row.members()), row.description()))
                    .toList());
            out.println(rows.size() + " group" + (rows.size() == 1 ? "" : "s") + ".");
        }
        return ExitCodes.OK;
    }
}
