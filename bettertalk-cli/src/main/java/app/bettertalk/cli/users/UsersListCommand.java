package app.bettertalk.cli.users;

import app.bettertalk.cli.OptionValues;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.admin.ListUsers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk users list}: accounts, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true, header = "List accounts, oldest first.")
public final class UsersListCommand implements Callable<Integer> {
    private final Supplier<ListUsers> listUsers;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--role", split = ",", paramLabel = "ROLE",
            description = "Only these roles: ${COMPLETION-CANDIDATES} (repeat or separate with commas).")
    List<Role> roles = List.of();

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public UsersListCommand(Supplier<ListUsers> listUsers) {
        this.listUsers = listUsers;
    }

    @Override
    public Integer call() {
        OptionValues.within(spec, "--limit", limit, 1, 100_000);
        var users = listUsers.get().list(new ListUsers.Query(Actor.operator(), roles, limit)).stream()
                .map(AccountView::of).toList();
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("users", users));
        } else {
            Output.table(out, List.of("ID", "ROLE", "USERNAME", "CREATED AT"), users.stream()
                    .map(user -> List.of(user.id(), user.role(),
                            user.erased() ? "(erased)" : user.onboarded() ? user.username() : "(not onboarded)",
                            user.createdAt())).toList());
            out.println(users.size() + " account" + (users.size() == 1 ? "" : "s") + ".");
        }
        return ExitCodes.OK;
    }
}
