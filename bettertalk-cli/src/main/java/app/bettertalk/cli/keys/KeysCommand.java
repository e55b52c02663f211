package app.bettertalk.cli.keys;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk keys}: the master keys that wrap the data keys of everything sealed at rest. */
@Command(name = "keys", mixinStandardHelpOptions = true, header = "The master keys of encryption at rest.",
        subcommands = {KeysStatusCommand.class, KeysRotateCommand.class, KeysRetireCommand.class})
public final class KeysCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: status, rotate or retire.");
    }
}
