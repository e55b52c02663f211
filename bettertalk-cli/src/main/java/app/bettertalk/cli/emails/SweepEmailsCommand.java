package app.bettertalk.cli.emails;

import app.bettertalk.cli.OptionValues;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.mailing.SendQueuedEmails;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code bettertalk emails sweep}: sends every email that is due, batch after batch, then says what became of them.
 * Several sweeps may run at once (cron and {@code serve --send-emails}): each email goes to one of them.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, header = "Send the emails that are due.")
public final class SweepEmailsCommand implements Callable<Integer> {
    private final Function<String, SendQueuedEmails> sweepLinkingTo;
    private final Supplier<String> mailDestination;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--batch", defaultValue = "50", paramLabel = "N",
            description = "Emails claimed at a time (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--max-seconds", defaultValue = "60", paramLabel = "S",
            description = "Claim no new batch after this many seconds (default: ${DEFAULT-VALUE}).")
    long maxSeconds;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public URL of the site for links in emails (env BETTERTALK_BASE_URL, "
                    + "default http://127.0.0.1:7070).")
    String baseUrl;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    /**
     * {@code sweepLinkingTo} gives the sweep whose emails link to the {@code --base-url} it is passed (null when not
     * given); {@code mailDestination} says in words where the mailer sends.
     */
    public SweepEmailsCommand(Function<String, SendQueuedEmails> sweepLinkingTo, Supplier<String> mailDestination) {
        this.sweepLinkingTo = sweepLinkingTo;
        this.mailDestination = mailDestination;
    }

    @Override
    public Integer call() {
        OptionValues.within(spec, "--batch", batch, 1, 1_000);
        OptionValues.atLeast(spec, "--max-seconds", maxSeconds, 1);
        var sweep = sweepLinkingTo.apply(baseUrl);
        var outcome = sweep.send(new SendQueuedEmails.Command(batch, Duration.ofSeconds(maxSeconds)));
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, outcome);
        } else {
            out.println("Sent " + outcome.sent() + ", retried " + outcome.retried() + ", failed " + outcome.failed()
                    + ", skipped " + outcome.skipped() + (outcome.sent() == 0 ? "." : " (to " + mailDestination.get()
                    + ")."));
        }
        return ExitCodes.OK;
    }
}
