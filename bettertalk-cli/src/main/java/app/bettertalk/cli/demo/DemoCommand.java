package app.bettertalk.cli.demo;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk demo}: sample data for trying BetterTalk out. */
@Command(name = "demo", mixinStandardHelpOptions = true, header = "Sample data for trying BetterTalk out.",
        subcommands = {DemoSeedCommand.class})
public final class DemoCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: seed.");
    }
}
