package app.bettertalk.cli.moderation;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.moderation.CaseId;
import app.bettertalk.core.moderation.ViewModerationCase;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.DomainException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk moderation show CASE}: a case, its reports and the author's earlier cases. A reported post,
 * comment or profile is shown as it was reported; a reported chat message is private, so its text is shown only
 * with {@code --read-message}, and that read is recorded in the case like a moderator's.
 */
@Command(name = "show", mixinStandardHelpOptions = true, header = "Show one case and its reports.")
public final class ModerationShowCommand implements Callable<Integer> {
    private final Supplier<ViewModerationCase> viewCase;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CASE", description = "The case id, from moderation list.")
    String id;

    @Option(names = "--read-message", description = "Show a reported chat message's text; the read is recorded.")
    boolean readMessage;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public ModerationShowCommand(Supplier<ViewModerationCase> viewCase) {
        this.viewCase = viewCase;
    }

    @Override
    public Integer call() {
        CaseId caseId;
        try {
            caseId = CaseId.parse(id);
        } catch (DomainException.Validation malformed) {
            throw new CommandLine.ParameterException(spec.commandLine(), "CASE must be a case id, not " + id);
        }
        var view = viewCase.get().view(new ViewModerationCase.Query(Actor.operator(), caseId, readMessage));
        var found = view.moderationCase();
        var text = found.subject().kind() != Subject.Kind.MESSAGE || readMessage ? found.copy()
                : "(a private chat message: add --read-message to read it; the read is recorded)";
        var document = new LinkedHashMap<String, Object>();
        document.put("id", found.id().toString());
        document.put("kind", found.subject().kind().key());
        document.put("subject", found.subject().id().toString());
        document.put("crisis", found.crisis());
        document.put("author", found.author().toString());
        document.put("openedAt", found.openedAt().toString());
        document.put("text", text);
        document.put("reports", view.reports().stream().map(report -> Map.of("reason", report.reason().key(),
                "by", report.reporter().map(Object::toString).orElse("crisis screen"),
                "details", report.details(), "madeAt", report.madeAt().toString())).toList());
        document.put("history", view.history().stream().map(earlier -> Map.of("id", earlier.id().toString(),
                "kind", earlier.subject().kind().key(),
                "outcome", earlier.decision().map(made -> made.outcome().key()).orElse("open"))).toList());
        document.put("decision", found.decision().map(made -> made.outcome().key()).orElse("open"));
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, document);
            return ExitCodes.OK;
        }
        document.forEach((key, value) -> out.println(key + ": " + value));
        return ExitCodes.OK;
    }
}
