package app.bettertalk.cli.db;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.mysql.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk db migrate}: applies every pending migration; a second run has nothing to do. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        header = "Create the database's tables or bring them up to date.")
public final class DbMigrateCommand implements Callable<Integer> {
    private final Supplier<Database> database;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public DbMigrateCommand(Supplier<Database> database) {
        this.database = database;
    }

    @Override
    public Integer call() {
        var database = this.database.get();
        var applied = database.migrate();
        var out = spec.commandLine().getOut();
        var where = database.settings().redactedUrl();
        if (applied == 0) {
            out.println("Nothing to migrate: " + where + " is up to date.");
        } else {
            out.println("Applied " + applied + " migration" + (applied == 1 ? "" : "s") + " to " + where + ".");
        }
        return ExitCodes.OK;
    }
}
