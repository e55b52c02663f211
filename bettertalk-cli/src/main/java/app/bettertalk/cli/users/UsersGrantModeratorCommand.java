package app.bettertalk.cli.users;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.ChangeModeratorRole;
import app.bettertalk.core.admin.FindAccount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk users grant-moderator EMAIL|ID} and, with {@code grant} false, {@code revoke-moderator}. */
@Command(name = "grant-moderator", mixinStandardHelpOptions = true,
        header = "Make an account a moderator: it can read the moderation queue and decide its cases.")
public class UsersGrantModeratorCommand implements Callable<Integer> {
    private final Supplier<FindAccount> findAccount;
    private final Supplier<ChangeModeratorRole> changeModeratorRole;
    private final boolean grant;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "EMAIL|ID", description = "The account's email address or user id.")
    String who;

    public UsersGrantModeratorCommand(Supplier<FindAccount> findAccount,
                                      Supplier<ChangeModeratorRole> changeModeratorRole) {
        this(findAccount, changeModeratorRole, true);
    }

    UsersGrantModeratorCommand(Supplier<FindAccount> findAccount, Supplier<ChangeModeratorRole> changeModeratorRole,
                               boolean grant) {
        this.findAccount = findAccount;
        this.changeModeratorRole = changeModeratorRole;
        this.grant = grant;
    }

    /** Says who by user id and username only: an operator's terminal shows no email address. */
    @Override
    public Integer call() {
        var user = findAccount.get().find(new FindAccount.Query(Actor.operator(), who));
        var changed = changeModeratorRole.get().change(new ChangeModeratorRole.Command(Actor.operator(), user.id(),
                grant));
        var name = changed.username().map(username -> " (" + username.value() + ")").orElse("");
        spec.commandLine().getOut().println("User " + changed.id() + name + " now has the role " + changed.role()
                + ".");
        return ExitCodes.OK;
    }
}
