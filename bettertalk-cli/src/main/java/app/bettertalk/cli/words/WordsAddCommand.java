package app.bettertalk.cli.words;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.moderation.WatchWord;
import app.bettertalk.core.safety.WordAction;
import app.bettertalk.core.shared.DomainException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk words add WORD --action block|hold|flag}: watch a word or phrase in new and edited posts and
 * comments; adding a watched word again changes what it does.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        header = "Watch a word or phrase (a * stands for any letters), or change what a watched one does.")
public final class WordsAddCommand implements Callable<Integer> {
    private final Supplier<WatchWord> watchWord;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "WORD", description = "The word or phrase, up to 60 characters; quote a phrase.")
    String word;

    @Option(names = "--action", required = true, paramLabel = "ACTION",
            description = "block (refuse it), hold (until a moderator approves it) or flag (post it, tell moderators).")
    String action;

    public WordsAddCommand(Supplier<WatchWord> watchWord) {
        this.watchWord = watchWord;
    }

    @Override
    public Integer call() {
        WatchWord.Command command;
        try {
            command = new WatchWord.Command(Actor.operator(), word, WordAction.parse(action));
        } catch (DomainException.Validation malformed) {
            throw new CommandLine.ParameterException(spec.commandLine(), malformed.field().equals("action")
                    ? "--action must be block, hold or flag, not " + action : "WORD " + malformed.rule());
        }
        var watched = watchWord.get().watch(command);
        spec.commandLine().getOut().println("Watching \"" + watched.word() + "\": " + watched.action().key() + ".");
        return ExitCodes.OK;
    }
}
