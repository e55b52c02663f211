package app.bettertalk.cli.payments;

import app.bettertalk.cli.OptionValues;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.booking.ReconcilePayments;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk payments reconcile}: asks the provider about orders still unpaid 15 minutes after they were
 * opened and settles what it reports, then cancels bookings unpaid past the time to pay, then asks again about refunds
 * still owed or on their way. Exit code 3 when another run holds the job's lease; 1 when the provider could not be
 * reached about some order or refund (they are asked again next run) or a refund failed for good.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        header = "Settle payments no webhook reported, cancel bookings left unpaid, chase refunds.")
public final class ReconcilePaymentsCommand implements Callable<Integer> {
    private final Supplier<ReconcilePayments> reconcile;
    private final Supplier<Duration> payWithin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--limit", defaultValue = "500", paramLabel = "N",
            description = "At most this many orders and bookings per run (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public ReconcilePaymentsCommand(Supplier<ReconcilePayments> reconcile, Supplier<Duration> payWithin) {
        this.reconcile = reconcile;
        this.payWithin = payWithin;
    }

    @Override
    public Integer call() {
        OptionValues.within(spec, "--limit", limit, 1, 10_000);
        var report = reconcile.get().reconcile(new ReconcilePayments.Command(ReconcilePayments.Command.QUIET_FOR,
                payWithin.get(), limit));
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (json) {
            Output.json(out, report);
        }
        if (!report.ran()) {
            err.println("bettertalk: another payments reconcile is running; nothing was done");
            return ExitCodes.LOCKED;
        }
        if (!json) {
            out.printf("Asked about %d order%s: %d booking%s confirmed, %d failed attempt%s noted, %d paid too late "
                            + "(refunded); cancelled %d unpaid booking%s.%n", report.asked(),
                    plural(report.asked()), report.confirmed(), plural(report.confirmed()),
                    report.failuresRecorded(), plural(report.failuresRecorded()), report.paidTooLate(),
                    report.cancelled(), plural(report.cancelled()));
            out.printf("Asked about %d refund%s in flight: %d processed, %d failed.%n", report.refundsAsked(),
                    plural(report.refundsAsked()), report.refundsProcessed(), report.refundsFailed());
        }
        var failing = report.refundsFailed() > 0;
        if (failing) {
            err.println("bettertalk: " + report.refundsFailed() + " refund" + plural(report.refundsFailed())
                    + " failed for good; see payments refunds --state failed and return the money another way");
        }
        if (report.unreachable() > 0) {
            err.println("bettertalk: the payment provider could not be reached about " + report.unreachable()
                    + " order" + plural(report.unreachable()) + " or refund" + plural(report.unreachable())
                    + "; they are asked again on the next run");
            return ExitCodes.FAILURE;
        }
        return failing ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}
