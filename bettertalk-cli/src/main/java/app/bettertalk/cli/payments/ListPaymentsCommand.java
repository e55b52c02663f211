package app.bettertalk.cli.payments;

import app.bettertalk.cli.OptionValues;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.ListPayments;
import app.bettertalk.core.booking.PaymentRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk payments list}: the ledger's lines, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, header = "List checkout orders and payments, newest first.")
public final class ListPaymentsCommand implements Callable<Integer> {
    private final Supplier<ListPayments> listPayments;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--status", paramLabel = "STATE", description = "Only those in this state: opening, open or paid.")
    String status;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
            description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public ListPaymentsCommand(Supplier<ListPayments> listPayments) {
        this.listPayments = listPayments;
    }

    @Override
    public Integer call() {
        OptionValues.within(spec, "--limit", limit, 1, 10_000);
        var records = listPayments.get().newest(Actor.operator(), state(), limit);
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("payments", records.stream().map(PaymentRow::of).toList()));
            return ExitCodes.OK;
        }
        Output.table(out, List.of("BOOKING", "ORDER", "AMOUNT (PAISE)", "STATE", "PAYMENT", "LAST FAILURE",
                "CREATED (UTC)"), records.stream().map(record -> List.of(record.booking().toString(),
                record.orderId(), Long.toString(record.amount().value()), record.state().name(), record.paymentId(),
                record.lastFailure(), record.createdAt().toString())).toList());
        out.println(records.size() + (records.size() == 1 ? " payment." : " payments."));
        return ExitCodes.OK;
    }

    private Optional<PaymentRecord.State> state() {
        if (status == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PaymentRecord.State.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--status must be opening, open or paid, not " + status);
        }
    }
}
