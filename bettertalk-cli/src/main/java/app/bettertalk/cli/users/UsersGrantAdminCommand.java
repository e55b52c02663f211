package app.bettertalk.cli.users;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.ChangeAdminRole;
import app.bettertalk.core.admin.FindAccount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk users grant-admin EMAIL}. */
@Command(name = "grant-admin", mixinStandardHelpOptions = true, header = "Make an account an admin.")
public final class UsersGrantAdminCommand implements Callable<Integer> {
    private final Supplier<FindAccount> findAccount;
    private final Supplier<ChangeAdminRole> changeAdminRole;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "EMAIL|ID", description = "The account's email address or user id.")
    String who;

    public UsersGrantAdminCommand(Supplier<FindAccount> findAccount, Supplier<ChangeAdminRole> changeAdminRole) {
        this.findAccount = findAccount;
        this.changeAdminRole = changeAdminRole;
    }

    @Override
    public Integer call() {
        var user = findAccount.get().find(new FindAccount.Query(Actor.operator(), who));
        var changed = changeAdminRole.get().change(new ChangeAdminRole.Command(Actor.operator(), user.id(), true));
        spec.commandLine().getOut().println("User " + changed.id()
                + changed.username().map(username -> " (" + username.value() + ")").orElse("")
                + " is now an admin (role " + changed.role() + ").");
        return ExitCodes.OK;
    }
}
