package app.bettertalk.cli.users;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.FindAccount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk users show ID|EMAIL}. */
@Command(name = "show", mixinStandardHelpOptions = true, header = "Show one account.")
public final class UsersShowCommand implements Callable<Integer> {
    private final Supplier<FindAccount> findAccount;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID|EMAIL", description = "The account's user id or email address.")
    String who;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public UsersShowCommand(Supplier<FindAccount> findAccount) {
        this.findAccount = findAccount;
    }

    @Override
    public Integer call() {
        var account = AccountView.of(findAccount.get().find(new FindAccount.Query(Actor.operator(), who)));
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, account);
            return ExitCodes.OK;
        }
        out.println("id:           " + account.id());
        out.println("role:         " + account.role());
        out.println("onboarded:    " + (account.onboarded() ? "yes" : "no"));
        if (account.onboarded()) {
            out.println("username:     " + account.username());
            out.println("display name: " + account.displayName());
            out.println("age:          " + account.age());
        }
        out.println("created at:   " + account.createdAt());
        return ExitCodes.OK;
    }
}
