package app.bettertalk.cli.moderation;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.moderation.CaseId;
import app.bettertalk.core.moderation.DecideCase;
import app.bettertalk.core.moderation.Outcome;
import app.bettertalk.core.shared.DomainException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk moderation resolve CASE --outcome dismiss|hide|warn|suspend|ban [--days N] [--note TEXT]}. A
 * suspension or ban ends the author's sessions at once; their open sockets on a running server close within seconds.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true, header = "Decide an open case.")
public final class ModerationResolveCommand implements Callable<Integer> {
    private final Supplier<DecideCase> decideCase;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CASE", description = "The case id, from moderation list.")
    String id;

    @Option(names = "--outcome", required = true, paramLabel = "OUTCOME",
            description = "dismiss, hide, warn, suspend or ban.")
    String outcome;

    @Option(names = "--days", paramLabel = "N", description = "How long a suspension lasts: 1 to 365 days.")
    Integer days;

    @Option(names = "--note", paramLabel = "TEXT", defaultValue = "",
            description = "A note for other moderators; the author and reporters never see it.")
    String note;

    public ModerationResolveCommand(Supplier<DecideCase> decideCase) {
        this.decideCase = decideCase;
    }

    @Override
    public Integer call() {
        CaseId caseId;
        Outcome decided;
        try {
            caseId = CaseId.parse(id);
            decided = Outcome.parse(outcome);
        } catch (DomainException.Validation malformed) {
            throw new CommandLine.ParameterException(spec.commandLine(), malformed.field().equals("outcome")
                    ? "--outcome must be dismiss, hide, warn, suspend or ban, not " + outcome
                    : "CASE must be a case id, not " + id);
        }
        if ((decided == Outcome.SUSPENDED) != (days != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), decided == Outcome.SUSPENDED
                    ? "a suspension needs --days (1 to 365)" : "--days is only for --outcome suspend");
        }
        if (days != null && (days < 1 || days > 365)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--days must be 1 to 365");
        }
        var result = decideCase.get().decide(new DecideCase.Command(Actor.operator(), caseId, decided, note,
                Optional.ofNullable(days).map(Duration::ofDays)));
        var out = spec.commandLine().getOut();
        out.println("Case " + caseId + ": " + decided.told().toLowerCase(Locale.ROOT) + "."
                + (result.sessionsEnded() ? " Their sessions have ended." : ""));
        return ExitCodes.OK;
    }
}
