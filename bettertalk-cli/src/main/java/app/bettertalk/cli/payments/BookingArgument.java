package app.bettertalk.cli.payments;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.shared.DomainException;
import picocli.CommandLine;

/** The {@code BOOKING} parameter of the payment commands: a booking id, or a usage error naming what was typed. */
final class BookingArgument {
    private BookingArgument() {
    }

    static BookingId parse(CommandLine.Model.CommandSpec spec, String typed) {
        try {
            return BookingId.parse(typed);
        } catch (DomainException.Validation malformed) {
            throw new CommandLine.ParameterException(spec.commandLine(), "BOOKING must be a booking id, not " + typed);
        }
    }
}
