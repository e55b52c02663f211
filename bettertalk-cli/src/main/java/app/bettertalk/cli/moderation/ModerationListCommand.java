package app.bettertalk.cli.moderation;

import app.bettertalk.cli.OptionValues;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.moderation.ViewModerationQueue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** {@code bettertalk moderation list}: open cases, crisis first, then oldest; what and why, never the text. */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "List open cases: someone who may be at risk first, then the oldest.")
public final class ModerationListCommand implements Callable<Integer> {
    private final Supplier<ViewModerationQueue> viewQueue;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
            description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public ModerationListCommand(Supplier<ViewModerationQueue> viewQueue) {
        this.viewQueue = viewQueue;
    }

    @Override
    public Integer call() {
        OptionValues.within(spec, "--limit", limit, 1, 500);
        var items = viewQueue.get().view(new ViewModerationQueue.Query(Actor.operator(), limit));
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("cases", items.stream().map(ModerationListCommand::row).toList()));
            return ExitCodes.OK;
        }
        Output.table(out, List.of("CASE", "CRISIS", "KIND", "REASONS", "REPORTS", "OPENED (UTC)"),
                items.stream().map(item -> List.of(item.moderationCase().id().toString(),
                        item.moderationCase().crisis() ? "yes" : "no", item.moderationCase().subject().kind().key(),
                        reasons(item), Integer.toString(item.reports()) + (item.screened() ? " + screen" : ""),
                        item.moderationCase().openedAt().toString())).toList());
        out.println(items.size() + (items.size() == 1 ? " open case." : " open cases."));
        return ExitCodes.OK;
    }

    private static Map<String, Object> row(ViewModerationQueue.Item item) {
        var row = new LinkedHashMap<String, Object>();
        row.put("id", item.moderationCase().id().toString());
        row.put("crisis", item.moderationCase().crisis());
        row.put("held", item.moderationCase().held());
        row.put("kind", item.moderationCase().subject().kind().key());
        row.put("reasons", item.reasons().stream().map(ReportReason::key).sorted().toList());
        row.put("reports", item.reports());
        row.put("screened", item.screened());
        row.put("openedAt", item.moderationCase().openedAt().toString());
        return row;
    }

    private static String reasons(ViewModerationQueue.Item item) {
        return item.reasons().stream().map(ReportReason::key).sorted().collect(Collectors.joining(","));
    }
}
