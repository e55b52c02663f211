package app.bettertalk.cli.payments;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.ShowPayment;
import app.bettertalk.core.shared.DomainException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk payments show BOOKING}: one booking's order, payment and last failed attempt. */
@Command(name = "show", mixinStandardHelpOptions = true, header = "Show the payment of one booking.")
public final class ShowPaymentCommand implements Callable<Integer> {
    private final Supplier<ShowPayment> showPayment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BOOKING", description = "The booking's id.")
    String booking;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public ShowPaymentCommand(Supplier<ShowPayment> showPayment) {
        this.showPayment = showPayment;
    }

    @Override
    public Integer call() {
        BookingId id;
        try {
            id = BookingId.parse(booking);
        } catch (DomainException.Validation malformed) {
            throw new CommandLine.ParameterException(spec.commandLine(), "BOOKING must be a booking id, not "
                    + booking);
        }
        var row = PaymentRow.of(showPayment.get().ofBooking(Actor.operator(), id));
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, row);
            return ExitCodes.OK;
        }
        out.printf("booking       %s%norder         %s%namount        %d paise %s%nstate         %s%n"
                        + "payment       %s%nlast failure  %s%ncreated (UTC) %s%nupdated (UTC) %s%n", row.booking(),
                row.order(), row.amountPaise(), row.currency(), row.state(), row.payment(), row.lastFailure(),
                row.createdAt(), row.updatedAt());
        return ExitCodes.OK;
    }
}
