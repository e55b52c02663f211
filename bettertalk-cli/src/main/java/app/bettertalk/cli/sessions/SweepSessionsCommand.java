package app.bettertalk.cli.sessions;

import app.bettertalk.cli.OptionValues;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.identity.SweepEndedSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk sessions sweep}: deletes ended sessions (expired, or unused past the idle limit), for cron;
 * {@code serve} also does it every hour. Prints only how many.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, header = "Delete sign-in sessions that have ended.")
public final class SweepSessionsCommand implements Callable<Integer> {
    private final Supplier<SweepEndedSessions> sweep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--batch", defaultValue = "1000", paramLabel = "N",
            description = "Sessions per statement, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public SweepSessionsCommand(Supplier<SweepEndedSessions> sweep) {
        this.sweep = sweep;
    }

    @Override
    public Integer call() {
        OptionValues.within(spec, "--batch", batch, 1, 10_000);
        var deleted = sweep.get().sweep(batch);
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("deleted", deleted));
        } else {
            out.println("Deleted " + deleted + " ended session" + (deleted == 1 ? "" : "s") + ".");
        }
        return ExitCodes.OK;
    }
}
