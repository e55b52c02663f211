package app.bettertalk.cli.words;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.moderation.ListWatchedWords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk words list}: every watched word, alphabetically, with what it does. */
@Command(name = "list", mixinStandardHelpOptions = true, header = "List the watched words.")
public final class WordsListCommand implements Callable<Integer> {
    private final Supplier<ListWatchedWords> listWatchedWords;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public WordsListCommand(Supplier<ListWatchedWords> listWatchedWords) {
        this.listWatchedWords = listWatchedWords;
    }

    @Override
    public Integer call() {
        var words = listWatchedWords.get().list(Actor.operator());
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("words", words.stream().map(word -> {
                var row = new LinkedHashMap<String, Object>();
                row.put("word", word.word());
                row.put("action", word.action().key());
                row.put("addedAt", word.addedAt().toString());
                return row;
            }).toList()));
            return ExitCodes.OK;
        }
        Output.table(out, List.of("WORD", "ACTION", "ADDED (UTC)"), words.stream()
                .map(word -> List.of(word.word(), word.action().key(), word.addedAt().toString())).toList());
        out.println(words.size() + (words.size() == 1 ? " watched word." : " watched words."));
        return ExitCodes.OK;
    }
}
