package app.bettertalk.cli.chats;

import app.bettertalk.cli.OptionValues;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.booking.SweepExpiredChats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk chats sweep-expired}: marks ended chats inactive and expires their bookings, in bounded batches.
 * Exit code 3 when another sweep holds the job's lease (an overlapping cron run), having done nothing.
 */
@Command(name = "sweep-expired", mixinStandardHelpOptions = true,
        header = "Expire bookings and mark chats inactive whose window has ended.")
public final class SweepChatsCommand implements Callable<Integer> {
    private final Supplier<SweepExpiredChats> sweep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--batch", defaultValue = "1000", description = "Chats per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--max-batches", defaultValue = "1000000",
            description = "Stop after this many batches (default: until done).")
    int maxBatches;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public SweepChatsCommand(Supplier<SweepExpiredChats> sweep) {
        this.sweep = sweep;
    }

    @Override
    public Integer call() {
        OptionValues.within(spec, "--batch", batch, 1, 10_000);
        OptionValues.atLeast(spec, "--max-batches", maxBatches, 1);
        var started = System.nanoTime();
        var err = spec.commandLine().getErr();
        var command = new SweepExpiredChats.Command(batch, maxBatches, totals -> {
            if (System.nanoTime() - started > 1_000_000_000L) {
                err.printf("sweeping: %d chats closed, %d bookings expired so far%n", totals.chatsClosed(),
                        totals.bookingsExpired());
                err.flush();
            }
        });
        var report = sweep.get().sweep(command);
        var seconds = (System.nanoTime() - started) / 1e9;
        if (report.lockedOut()) {
            spec.commandLine().getErr().println("bettertalk: another chats sweep is running; nothing was done");
            if (json) {
                Output.json(spec.commandLine().getOut(), report);
            }
            return ExitCodes.LOCKED;
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, report);
        } else {
            out.printf("Closed %d chat%s and expired %d booking%s in %d batch%s (%.1f s)%s%n",
                    report.chatsClosed(), report.chatsClosed() == 1 ? "" : "s",
                    report.bookingsExpired(), report.bookingsExpired() == 1 ? "" : "s",
                    report.batches(), report.batches() == 1 ? "" : "es", seconds,
                    report.complete() ? "." : "; more remain, run again.");
        }
        return ExitCodes.OK;
    }
}
