package app.bettertalk.cli.payments;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.PaymentEvent;
import app.bettertalk.core.booking.ShowPayment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk payments show BOOKING}: one booking's order, payment, last failed attempt and refunds. */
@Command(name = "show", mixinStandardHelpOptions = true, header = "Show the payment of one booking.")
public final class ShowPaymentCommand implements Callable<Integer> {
    private final Supplier<ShowPayment> showPayment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BOOKING", description = "The booking's id.")
    String booking;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    /** What {@code --json} prints: the booking's order, its refunds and the provider's events about them. */
    public record History(PaymentRow order, List<RefundRow> refunds, List<EventRow> events) {
    }

    /** One provider event: when it came, what it said, about which payment. */
    public record EventRow(String event, String type, String payment, String receivedAt) {
        static EventRow of(PaymentEvent event) {
            return new EventRow(event.eventId(), event.type(), event.paymentId(), event.receivedAt().toString());
        }
    }

    public ShowPaymentCommand(Supplier<ShowPayment> showPayment) {
        this.showPayment = showPayment;
    }

    @Override
    public Integer call() {
        var id = BookingArgument.parse(spec, booking);
        var history = showPayment.get().ofBooking(Actor.operator(), id);
        var row = PaymentRow.of(history.order());
        var refunds = history.refunds().stream().map(RefundRow::of).toList();
        var events = history.events().stream().map(EventRow::of).toList();
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, new History(row, refunds, events));
            return ExitCodes.OK;
        }
        out.printf("booking       %s%norder         %s%namount        %d paise %s%nstate         %s%n"
                        + "payment       %s%nlast failure  %s%ncreated (UTC) %s%nupdated (UTC) %s%n", row.booking(),
                row.order(), row.amountPaise(), row.currency(), row.state(), row.payment(), row.lastFailure(),
                row.createdAt(), row.updatedAt());
        for (var refund : refunds) {
            out.printf("refund        %s of %s: %d paise, %s (%s), %d attempt%s%s%n", refund.refund().isEmpty()
                            ? "(not yet accepted)" : refund.refund(), refund.payment(), refund.amountPaise(),
                    refund.state(), refund.reason(), refund.attempts(), refund.attempts() == 1 ? "" : "s",
                    refund.lastError().isEmpty() ? "" : "; last error: " + refund.lastError());
        }
        for (var event : events) {
            out.printf("event         %s %s %s (%s)%n", event.receivedAt(), event.type(), event.payment(),
                    event.event());
        }
        return ExitCodes.OK;
    }
}
