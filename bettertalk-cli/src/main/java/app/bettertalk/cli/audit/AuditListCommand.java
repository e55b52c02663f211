package app.bettertalk.cli.audit;

import app.bettertalk.cli.OptionValues;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.audit.AuditEntry;
import app.bettertalk.core.audit.ListAuditTrail;
import app.bettertalk.core.shared.UserId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk audit list [--person ID] [--limit N] [--json]}: the newest entries first, people by account id
 * (the operator as {@code operator}); it shows what was read by its id, never its text.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "List reads of private words by others, newest first.")
public final class AuditListCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final Supplier<ListAuditTrail> list;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--person", paramLabel = "ID", description = "Only reads by or of this account id.")
    String person;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
            description = "At most N entries, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public AuditListCommand(Supplier<ListAuditTrail> list) {
        this.list = list;
    }

    @Override
    public Integer call() {
        OptionValues.within(spec, "--limit", limit, 1, ListAuditTrail.MAX_LIMIT);
        Optional<UserId> who;
        try {
            who = person == null ? Optional.empty() : Optional.of(new UserId(UUID.fromString(person.strip())));
        } catch (IllegalArgumentException notAnId) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--person must be an account id");
        }
        var entries = list.get().list(new ListAuditTrail.Query(Actor.operator(), who, limit));
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("entries", entries.stream().map(AuditListCommand::row).toList()));
            return ExitCodes.OK;
        }
        if (entries.isEmpty()) {
            out.println("No reads recorded" + (who.isPresent() ? " by or of " + person.strip() : "") + ".");
            return ExitCodes.OK;
        }
        Output.table(out, List.of("WHEN (UTC)", "READER", "WHAT", "THING", "WHOSE", "WHY"), entries.stream()
                .map(entry -> List.of(WHEN.format(entry.at()), reader(entry), entry.what().name().toLowerCase(java.util.Locale.ROOT),
                        entry.thing().toString(), entry.whose().value().toString(), entry.why()))
                .toList());
        return ExitCodes.OK;
    }

    private static Map<String, Object> row(AuditEntry entry) {
        var row = new LinkedHashMap<String, Object>();
        row.put("id", entry.id().toString());
        row.put("at", entry.at().toString());
        row.put("reader", reader(entry));
        row.put("what", entry.what().name().toLowerCase(java.util.Locale.ROOT));
        row.put("thing", entry.thing().toString());
        row.put("whose", entry.whose().value().toString());
        row.put("why", entry.why());
        return row;
    }

    private static String reader(AuditEntry entry) {
        return entry.reader().equals(Actor.operator().id()) ? "operator" : entry.reader().value().toString();
    }
}
