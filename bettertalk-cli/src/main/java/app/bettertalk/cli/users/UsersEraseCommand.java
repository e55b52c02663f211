package app.bettertalk.cli.users;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.FindAccount;
import app.bettertalk.core.privacy.EraseAccount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk users erase ID --confirm ID [--erase-posts] [--erase-messages] [--json]}: "Delete my account" for
 * an operator answering an erasure request, the same use case the profile page runs. The id is given twice, so a
 * pasted line cannot erase the wrong person; live sockets on any node close within seconds, as their sessions end.
 */
@Command(name = "erase", mixinStandardHelpOptions = true,
        header = "Erase an account's personal data for good, as Delete my account does.")
public final class UsersEraseCommand implements Callable<Integer> {
    private final Supplier<FindAccount> findAccount;
    private final Supplier<EraseAccount> eraseAccount;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID|EMAIL", description = "The account's user id or email address.")
    String who;

    @Option(names = "--confirm", required = true, paramLabel = "ID", description = "The account's user id again.")
    String confirm;

    @Option(names = "--erase-posts", description = "Erase their posts and comments too (default: keep them, shown "
            + "as written by \"deleted member\").")
    boolean erasePosts;

    @Option(names = "--erase-messages", description = "Remove the messages they sent in chats (default: keep them "
            + "for the people they talked with).")
    boolean eraseMessages;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public UsersEraseCommand(Supplier<FindAccount> findAccount, Supplier<EraseAccount> eraseAccount) {
        this.findAccount = findAccount;
        this.eraseAccount = eraseAccount;
    }

    @Override
    public Integer call() {
        var user = findAccount.get().find(new FindAccount.Query(Actor.operator(), who));
        var erased = eraseAccount.get().erase(new EraseAccount.Command(Actor.operator(), user.id(), confirm,
                erasePosts, eraseMessages));
        var out = spec.commandLine().getOut();
        if (json) {
            var doc = new LinkedHashMap<String, Object>();
            doc.put("erased", erased.person().value().toString());
            doc.put("posts", erased.posts());
            doc.put("comments", erased.comments());
            doc.put("messages", erased.messages());
            doc.put("sessions", erased.sessions());
            doc.put("emailsDropped", erased.emails());
            Output.json(out, doc);
        } else {
            out.println("Erased account " + erased.person().value() + ": " + erased.posts() + " posts, "
                    + erased.comments() + " comments and " + erased.messages() + " messages erased, "
                    + erased.sessions() + " sessions ended, " + erased.emails() + " unsent emails dropped.");
        }
        return ExitCodes.OK;
    }
}
