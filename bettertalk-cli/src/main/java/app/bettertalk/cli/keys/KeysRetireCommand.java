package app.bettertalk.cli.keys;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Wiring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk keys retire ID}: removes an old master key from the key file once no data key is wrapped by it;
 * refuses the current key and a key still in use, so nothing sealed can become unreadable.
 */
@Command(name = "retire", mixinStandardHelpOptions = true,
        header = "Remove an old master key that wraps no data key from the key file.")
public final class KeysRetireCommand implements Callable<Integer> {
    private final Supplier<Wiring> wiring;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The master key's id, as keys status shows it.")
    String id;

    public KeysRetireCommand(Supplier<Wiring> wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        var wired = wiring.get();
        wired.operatorCore();
        var keys = wired.masterKeys();
        if (keys.byId(id).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no master key " + id + " in "
                    + wired.masterKeysSource());
        }
        if (keys.current().id().equals(id)) {
            throw new IllegalStateException("master key " + id + " is the current one: rotate first");
        }
        var wrapped = wired.dataKeys().wrappings().stream().filter(each -> each.masterKeyId().equals(id))
                .mapToLong(each -> each.dataKeys()).sum();
        if (wrapped > 0) {
            throw new IllegalStateException("master key " + id + " still wraps " + wrapped + " data key"
                    + (wrapped == 1 ? "" : "s") + ": keys rotate re-wraps them first");
        }
        wired.replaceMasterKeys(keys.without(id));
        spec.commandLine().getOut().println("Removed master key " + id + " from " + wired.masterKeysSource()
                + ".");
        return ExitCodes.OK;
    }
}
