package app.bettertalk.core.safety;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The watched words admins keep, stored by their folded form: one entry per word. */
public interface WatchedWords {
    /** Every watched word, in alphabetical order. */
    List<WatchedWord> all();

    /** Adds {@code word}, or changes what an existing entry of the same word does. */
    void put(WatchedWord word);

    /** Stops watching {@code word} (already folded); whether it was watched. */
    boolean remove(String word);

    /** The strongest-acting entry of {@code words} that {@code text} says, if any, and what it said. */
    static Optional<Hit> strongestIn(String text, List<WatchedWord> words) {
        var folded = WatchedWord.folded(text);
        return words.stream().flatMap(word -> word.saidIn(folded).map(said -> new Hit(word, said)).stream())
                .max(Comparator.comparing((Hit hit) -> hit.word().action())
                        .thenComparing(hit -> hit.word().word(), Comparator.reverseOrder()));
    }

    /** A watched word a text said, and the words of the text that said it (in folded form). */
    record Hit(WatchedWord word, String said) {
    }
}
