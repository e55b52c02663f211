package app.bettertalk.cli.db;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.MigrationState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk db status}: every migration, applied or pending. */
@Command(name = "status", mixinStandardHelpOptions = true, header = "List applied and pending migrations.")
public final class DbStatusCommand implements Callable<Integer> {
    private final Supplier<Database> database;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document instead of a table.")
    boolean json;

    public DbStatusCommand(Supplier<Database> database) {
        this.database = database;
    }

    @Override
    public Integer call() {
        var database = this.database.get();
        var migrations = database.migrations();
        var out = spec.commandLine().getOut();
        var pending = migrations.stream().filter(MigrationState::pending).count();
        if (json) {
            Output.json(out, new Status(database.settings().redactedUrl(), migrations.size() - pending, pending,
                    migrations.stream().map(Row::of).toList()));
            return ExitCodes.OK;
        }
        out.println("Database: " + database.settings().redactedUrl());
        out.printf("%-8s %-10s %-27s %s%n", "VERSION", "STATE", "APPLIED AT (UTC)", "DESCRIPTION");
        for (var migration : migrations) {
            out.printf("%-8s %-10s %-27s %s%n", migration.version(), migration.state(),
                    migration.pending() ? "-" : migration.appliedAt().toString(), migration.description());
        }
        out.println((migrations.size() - pending) + " applied, " + pending + " pending.");
        return ExitCodes.OK;
    }

    /** What {@code --json} prints. */
    public record Status(String database, long applied, long pending, List<Row> migrations) {
    }

    /** One migration as {@code --json} prints it; {@code appliedAt} is null while pending. */
    public record Row(String version, String state, String description, String appliedAt) {
        static Row of(MigrationState migration) {
            return new Row(migration.version(), migration.state(), migration.description(),
                    migration.pending() ? null : migration.appliedAt().toString());
        }
    }
}
