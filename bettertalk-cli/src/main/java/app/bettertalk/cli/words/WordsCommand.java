package app.bettertalk.cli.words;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk words}: the words admins watch for in posts and comments. */
@Command(name = "words", mixinStandardHelpOptions = true,
        header = "List, add and remove watched words: block, hold for approval, or flag.",
        subcommands = {WordsListCommand.class, WordsAddCommand.class, WordsRemoveCommand.class})
public final class WordsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: list, add or remove.");
    }
}
