package app.bettertalk.cli.emails;

import app.bettertalk.cli.OptionValues;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mailing.EmailStatus;
import app.bettertalk.core.mailing.ListQueuedEmails;
import app.bettertalk.core.mailing.QueuedEmail;
import app.bettertalk.core.safety.ContactDetails;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk emails list}: the outbox, newest first. Shows who an email is for by account id, never by
 * address, and nothing of what it says.
 */
@Command(name = "list", mixinStandardHelpOptions = true, header = "List emails in the outbox, newest first.")
public final class ListEmailsCommand implements Callable<Integer> {
    private final Supplier<ListQueuedEmails> listQueuedEmails;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only these: queued, sent, failed, skipped (repeat or separate with commas).")
    List<String> statuses = List.of();

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
            description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public ListEmailsCommand(Supplier<ListQueuedEmails> listQueuedEmails) {
        this.listQueuedEmails = listQueuedEmails;
    }

    @Override
    public Integer call() {
        OptionValues.within(spec, "--limit", limit, 1, 10_000);
        var wanted = EnumSet.noneOf(EmailStatus.class);
        for (var status : statuses) {
            wanted.add(status(status));
        }
        var emails = listQueuedEmails.get().list(new ListQueuedEmails.Query(Actor.operator(), wanted, limit));
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("emails", emails.stream().map(Row::of).toList()));
            return ExitCodes.OK;
        }
        out.printf("%-7s %-8s %-20s %-8s %-27s %-36s %s%n", "ID", "STATUS", "KIND", "ATTEMPTS", "DUE (UTC)",
                "RECIPIENT ACCOUNT", "LAST ERROR");
        for (var email : emails) {
            out.printf("%-7s %-8s %-20s %-8d %-27s %-36s %s%n", email.id(), email.status(),
                    email.email().kind(), email.attempts(), email.dueAt(), email.email().recipient(),
                    shownError(email));
        }
        out.println(emails.size() + (emails.size() == 1 ? " email." : " emails."));
        return ExitCodes.OK;
    }

    private EmailStatus status(String text) {
        try {
            return EmailStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--status must be queued, sent, failed or skipped, not " + text);
        }
    }

    /** One queued email as {@code --json} prints it. */
    public record Row(long id, String status, String kind, String recipient, int attempts, String dueAt,
                      String createdAt, String updatedAt, String messageId, String lastError) {
        static Row of(QueuedEmail email) {
            return new Row(email.id().value(), email.status().name(), email.email().kind().name(),
                    email.email().recipient().toString(), email.attempts(), email.dueAt().toString(),
                    email.createdAt().toString(), email.updatedAt().toString(), email.messageId(),
                    shownError(email));
        }
    }

    /**
     * A mail server's reason names the recipient's address; errors kept before reasons were masked when stored still
     * do, so they are masked again here: operators see people by account id only.
     */
    static String shownError(QueuedEmail email) {
        return ContactDetails.mask(email.lastError()).text();
    }
}
