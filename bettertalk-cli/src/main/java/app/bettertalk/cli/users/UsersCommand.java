package app.bettertalk.cli.users;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk users}: accounts and the admin and moderator roles. */
@Command(name = "users", aliases = "user", mixinStandardHelpOptions = true,
        header = "List and show accounts; grant or revoke the admin or moderator role.",
        subcommands = {UsersListCommand.class, UsersShowCommand.class, UsersGrantAdminCommand.class,
                UsersRevokeAdminCommand.class, UsersGrantModeratorCommand.class, UsersRevokeModeratorCommand.class,
                UsersExportCommand.class, UsersEraseCommand.class})
public final class UsersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing a command: list, show, grant-admin, revoke-admin, grant-moderator or revoke-moderator.");
    }
}
