package app.bettertalk.cli.mentor;

import app.bettertalk.cli.OptionValues;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.FindAccount;
import app.bettertalk.core.mentor.ListMentors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk mentor list}: mentors, oldest application first. */
@Command(name = "list", mixinStandardHelpOptions = true, header = "List mentors, oldest application first.")
public final class MentorListCommand implements Callable<Integer> {
    private final Supplier<ListMentors> listMentors;
    private final Supplier<FindAccount> findAccount;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--unverified", description = "Only mentors waiting for verification.")
    boolean unverified;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public MentorListCommand(Supplier<ListMentors> listMentors, Supplier<FindAccount> findAccount) {
        this.listMentors = listMentors;
        this.findAccount = findAccount;
    }

    /** One mentor as listed. */
    public record Row(String id, String username, String publicName, String headline, boolean verified,
                      String appliedAt) {
    }

    @Override
    public Integer call() {
        OptionValues.within(spec, "--limit", limit, 1, 10_000);
        var mentors = listMentors.get().list(new ListMentors.Query(Actor.operator(), unverified, limit));
        var rows = mentors.stream().map(mentor -> {
            var user = findAccount.get().find(new FindAccount.Query(Actor.operator(), mentor.id().toString()));
            return new Row(mentor.id().toString(), user.username().map(Object::toString).orElse(""),
                    mentor.publicName(), mentor.headline(), mentor.verified(), mentor.createdAt().toString());
        }).toList();
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("mentors", rows));
        } else {
            Output.table(out, List.of("ID", "USERNAME", "PUBLIC NAME", "VERIFIED", "APPLIED AT", "HEADLINE"),
                    rows.stream().map(row -> List.of(row.id(), row.username(), row.publicName(),
                            row.verified() ? "yes" : "no", row.appliedAt(), row.headline())).toList());
            out.println(rows.size() + " mentor" + (rows.size() == 1 ? "" : "s") + ".");
        }
        return ExitCodes.OK;
    }
}
