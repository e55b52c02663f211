package app.bettertalk.cli.payments;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.RefundBooking;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk payments refund BOOKING}: an admin calls a paid booking off and refunds its full price, whatever
 * its plan's cancellation rule; again, the same refund. Exit 1 when the refund is owed but the provider could not be
 * reached (reconciliation asks again) or refused it.
 */
@Command(name = "refund", mixinStandardHelpOptions = true,
        header = "Cancel a paid booking and refund its full price (as an admin).")
public final class RefundPaymentCommand implements Callable<Integer> {
    private final Supplier<RefundBooking> refundBooking;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BOOKING", description = "The booking's id.")
    String booking;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public RefundPaymentCommand(Supplier<RefundBooking> refundBooking) {
        this.refundBooking = refundBooking;
    }

    @Override
    public Integer call() {
        var id = BookingArgument.parse(spec, booking);
        var refunded = refundBooking.get().refund(new RefundBooking.Command(Actor.operator(), id));
        var refund = refunded.refund();
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("booking", refunded.booking().id().toString(),
                    "status", refunded.booking().status().name(), "refund", RefundRow.of(refund)));
        } else {
            out.printf("Booking %s is refunded: %d paise, refund %s%s.%n", id, refund.amount().value(),
                    refund.state().name().toLowerCase(Locale.ROOT),
                    refund.refundId().isEmpty() ? "" : " (" + refund.refundId() + ")");
        }
        var err = spec.commandLine().getErr();
        return switch (refund.state()) {
            case PENDING, PROCESSED -> ExitCodes.OK;
            case REQUESTED -> {
                err.println("bettertalk: the refund is owed but the payment provider could not be reached ("
                        + refund.lastError() + "); payments reconcile asks again");
                yield ExitCodes.FAILURE;
            }
            case FAILED -> {
                err.println("bettertalk: the payment provider refused the refund (" + refund.lastError()
                        + "); return the money another way");
                yield ExitCodes.FAILURE;
            }
        };
    }
}
