package app.bettertalk.cli.keys;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.cli.Wiring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk keys status}: which master key wraps how many data keys; never a key itself. */
@Command(name = "status", mixinStandardHelpOptions = true,
        header = "Show which master key wraps how many data keys.")
public final class KeysStatusCommand implements Callable<Integer> {
    private final Supplier<Wiring> wiring;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public KeysStatusCommand(Supplier<Wiring> wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        var wired = wiring.get();
        wired.operatorCore();
        var keys = wired.masterKeys();
        var counts = new LinkedHashMap<String, Long>();
        wired.dataKeys().wrappings().forEach(wrapping -> counts.put(wrapping.masterKeyId(), wrapping.dataKeys()));
        var rows = new ArrayList<Map<String, Object>>();
        for (var key : keys.all().reversed()) {
            var row = new LinkedHashMap<String, Object>();
            row.put("id", key.id());
            row.put("current", key.equals(keys.current()));
            row.put("dataKeys", counts.getOrDefault(key.id(), 0L));
            rows.add(row);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("source", wired.masterKeysSource(), "masterKeys", rows));
            return ExitCodes.OK;
        }
        out.println("Master keys in " + wired.masterKeysSource() + ", newest first:");
        Output.table(out, List.of("MASTER KEY", "DATA KEYS", ""), rows.stream().map(row -> List.of(
                (String) row.get("id"), String.valueOf(row.get("dataKeys")),
                (boolean) row.get("current") ? "current: wraps new data keys"
                        : (long) row.get("dataKeys") == 0 ? "wraps none: keys retire " + row.get("id") + " removes it"
                        : "still needed: keys rotate re-wraps its data keys")).toList());
        return ExitCodes.OK;
    }
}
