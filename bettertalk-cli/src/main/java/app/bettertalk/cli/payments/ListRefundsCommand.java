package app.bettertalk.cli.payments;

import app.bettertalk.cli.OptionValues;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.ListRefunds;
import app.bettertalk.core.booking.Refund;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk payments refunds [--state S]}: money owed back, newest first; the failed ones need a person. */
@Command(name = "refunds", mixinStandardHelpOptions = true, header = "List refunds, newest first.")
public final class ListRefundsCommand implements Callable<Integer> {
    private final Supplier<ListRefunds> listRefunds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--state", paramLabel = "STATE",
            description = "Only those in this state: requested, pending, failed or processed.")
    String state;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
            description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public ListRefundsCommand(Supplier<ListRefunds> listRefunds) {
        this.listRefunds = listRefunds;
    }

    @Override
    public Integer call() {
        OptionValues.within(spec, "--limit", limit, 1, 10_000);
        var refunds = listRefunds.get().newest(Actor.operator(), state(), limit);
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("refunds", refunds.stream().map(RefundRow::of).toList()));
            return ExitCodes.OK;
        }
        Output.table(out, List.of("BOOKING", "PAYMENT", "AMOUNT (PAISE)", "STATE", "REASON", "REFUND", "ATTEMPTS",
                "LAST ERROR", "CREATED (UTC)"), refunds.stream().map(refund -> List.of(refund.booking().toString(),
                refund.paymentId(), Long.toString(refund.amount().value()), refund.state().name(),
                refund.reason().name(), refund.refundId(), Integer.toString(refund.attempts()), refund.lastError(),
                refund.createdAt().toString())).toList());
        out.println(refunds.size() + (refunds.size() == 1 ? " refund." : " refunds."));
        return ExitCodes.OK;
    }

    private Optional<Refund.State> state() {
        if (state == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Refund.State.valueOf(state.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--state must be requested, pending, failed or processed, not " + state);
        }
    }
}
