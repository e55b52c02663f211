package app.bettertalk.cli.emails;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mailing.QueuedEmailId;
import app.bettertalk.core.mailing.RetryEmail;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk emails retry ID}: queues a failed email again, due now, with a fresh set of attempts. */
@Command(name = "retry", mixinStandardHelpOptions = true, header = "Queue a failed email again.")
public final class RetryEmailCommand implements Callable<Integer> {
    private final Supplier<RetryEmail> retryEmail;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The email's id, as 'bettertalk emails list' shows it.")
    String id;

    public RetryEmailCommand(Supplier<RetryEmail> retryEmail) {
        this.retryEmail = retryEmail;
    }

    @Override
    public Integer call() {
        var email = retryEmail.get().retry(new RetryEmail.Command(Actor.operator(), QueuedEmailId.parse(id)));
        spec.commandLine().getOut().println("Email " + email.id() + " is queued again; the next sweep sends it.");
        return ExitCodes.OK;
    }
}
