package app.bettertalk.cli.payments;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk payments}: follow the money, and repair what a missed webhook left behind. */
@Command(name = "payments", aliases = "payment", mixinStandardHelpOptions = true,
        header = "Payments: list, show, refund, reconcile with the provider.",
        subcommands = {ListPaymentsCommand.class, ShowPaymentCommand.class, RefundPaymentCommand.class,
                ListRefundsCommand.class, ReconcilePaymentsCommand.class})
public final class PaymentsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: list, show, refund, refunds or reconcile.");
    }
}
