package app.bettertalk.cli.users;

import app.bettertalk.core.admin.ChangeModeratorRole;
import app.bettertalk.core.admin.FindAccount;
import picocli.CommandLine.Command;

import java.util.function.Supplier;

/** {@code bettertalk users revoke-moderator EMAIL|ID}. */
@Command(name = "revoke-moderator", mixinStandardHelpOptions = true, header = "Take the moderator role back.")
public final class UsersRevokeModeratorCommand extends UsersGrantModeratorCommand {
    public UsersRevokeModeratorCommand(Supplier<FindAccount> findAccount,
                                       Supplier<ChangeModeratorRole> changeModeratorRole) {
        super(findAccount, changeModeratorRole, false);
    }
}
