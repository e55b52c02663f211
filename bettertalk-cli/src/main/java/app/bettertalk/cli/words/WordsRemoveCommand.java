package app.bettertalk.cli.words;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.moderation.UnwatchWord;
import app.bettertalk.core.shared.DomainException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk words remove WORD}: stop watching a word; one not watched fails with exit code 1. */
@Command(name = "remove", mixinStandardHelpOptions = true, header = "Stop watching a word.")
public final class WordsRemoveCommand implements Callable<Integer> {
    private final Supplier<UnwatchWord> unwatchWord;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "WORD", description = "The watched word, as words list shows it.")
    String word;

    public WordsRemoveCommand(Supplier<UnwatchWord> unwatchWord) {
        this.unwatchWord = unwatchWord;
    }

    @Override
    public Integer call() {
        UnwatchWord.Command command;
        try {
            command = new UnwatchWord.Command(Actor.operator(), word);
        } catch (DomainException.Validation malformed) {
            throw new CommandLine.ParameterException(spec.commandLine(), "WORD " + malformed.rule());
        }
        try {
            unwatchWord.get().unwatch(command);
        } catch (DomainException.NotFound notWatched) {
            spec.commandLine().getErr().println("bettertalk: \"" + command.word() + "\" is not a watched word");
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println("Stopped watching \"" + command.word() + "\".");
        return ExitCodes.OK;
    }
}
