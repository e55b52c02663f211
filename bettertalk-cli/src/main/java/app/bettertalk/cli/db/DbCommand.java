package app.bettertalk.cli.db;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk db}: the database's schema. */
@Command(name = "db", mixinStandardHelpOptions = true, header = "Create, upgrade and inspect the database schema.",
        subcommands = {DbMigrateCommand.class, DbStatusCommand.class})
public final class DbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: migrate or status.");
    }
}
