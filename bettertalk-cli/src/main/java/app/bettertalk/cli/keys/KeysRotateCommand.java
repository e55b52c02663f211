package app.bettertalk.cli.keys;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.cli.Wiring;
import app.bettertalk.mysql.atrest.DataKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk keys rotate}: adds a new master key to the key file and re-wraps every data key with it; the
 * sealed text is not touched. The older keys stay in the file, so nodes still on the old file keep working until it
 * reaches them; {@code keys retire} then removes a key that wraps nothing.
 */
@Command(name = "rotate", mixinStandardHelpOptions = true,
        header = "Make a new master key and re-wrap every data key with it.")
public final class KeysRotateCommand implements Callable<Integer> {
    private final Supplier<Wiring> wiring;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public KeysRotateCommand(Supplier<Wiring> wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        var wired = wiring.get();
        wired.operatorCore();
        // The keys in use must open the database before a new one joins them.
        wired.dataKeys();
        var rotated = wired.masterKeys().withNewKey(wired.clock().instant());
        wired.replaceMasterKeys(rotated);
        var rewrapped = new DataKeys(wired.database().jdbi(), rotated, wired.clock()).rewrapAll();
        var current = rotated.current().id();
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("current", current, "rewrapped", rewrapped,
                    "source", wired.masterKeysSource()));
        } else {
            out.println("Master key " + current + " now wraps new data keys; re-wrapped " + rewrapped + " data key"
                    + (rewrapped == 1 ? "" : "s") + " with it.");
            out.println("Copy " + wired.masterKeysSource() + " to every node and restart them, then retire the "
                    + "old keys (see keys status).");
        }
        return ExitCodes.OK;
    }
}
