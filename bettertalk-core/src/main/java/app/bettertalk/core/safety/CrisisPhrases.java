package app.bettertalk.core.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The maintained list the crisis screen looks for, read from a plain text file an operator can edit; the format is
 * explained at the top of the bundled {@code crisis-phrases.txt}.
 */
public final class CrisisPhrases {
    private static final Pattern GAP = Pattern.compile(Pattern.quote(Phrase.GAP));

    private final List<Phrase> phrases;
    private final List<List<String>> unlessBefore;
    private final List<List<String>> unlessAfter;
    private final Set<String> newThought;
    private final Map<String, String> sameWord;

    private CrisisPhrases(List<Phrase> phrases, List<List<String>> unlessBefore, List<List<String>> unlessAfter,
                          Set<String> newThought, Map<String, String> sameWord) {
        this.phrases = List.copyOf(phrases);
        this.unlessBefore = List.copyOf(unlessBefore);
        this.unlessAfter = List.copyOf(unlessAfter);
        this.newThought = Set.copyOf(newThought);
        this.sameWord = Map.copyOf(sameWord);
    }

    /** The list {@code text} writes, or an {@code IllegalArgumentException} naming the line that is wrong. */
    public static CrisisPhrases parse(String text) {
        var sections = PhraseFile.sections(text);
        var sameWord = spellings(sections.get(PhraseFile.SAME_WORD));
        var phrases = new ArrayList<Phrase>();
        for (var entry : sections.get(PhraseFile.PHRASES)) {
            phrases.add(new Phrase(entry.text(), parts(entry, sameWord)));
        }
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("crisis phrases: the [phrases] section lists no phrase");
        }
        var newThought = new HashSet<String>();
        for (var entry : sections.get(PhraseFile.NEW_THOUGHT)) {
            var words = words(entry, sameWord);
            if (words.size() != 1) {
                throw PhraseFile.malformed(entry.line(), "a [new thought] entry is one word, not \""
                        + entry.text() + "\"");
            }
            newThought.add(words.getFirst());
        }
        return new CrisisPhrases(phrases, unless(sections.get(PhraseFile.UNLESS_BEFORE), sameWord),
                unless(sections.get(PhraseFile.UNLESS_AFTER), sameWord), newThought, sameWord);
    }

    /** The list shipped with BetterTalk. */
    public static CrisisPhrases bundled() {
        try (var in = CrisisPhrases.class.getResourceAsStream("crisis-phrases.txt")) {
            if (in == null) {
                throw new IllegalStateException("crisis-phrases.txt is missing from bettertalk-core");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Phrase> phrases() {
        return phrases;
    }

    List<List<String>> unlessBefore() {
        return unlessBefore;
    }

    List<List<String>> unlessAfter() {
        return unlessAfter;
    }

    Set<String> newThought() {
        return newThought;
    }

    /** The words of {@code text} its writer wrote, each spelled as the list spells it. */
    List<Words.Word> wordsOf(String text) {
        return Words.own(text).stream()
                .map(word -> new Words.Word(sameWord.getOrDefault(word.text(), word.text()), word.afterBreak()))
                .toList();
    }

    private static Map<String, String> spellings(List<PhraseFile.Entry> entries) {
        var sameWord = new HashMap<String, String>();
        var lineOf = new HashMap<String, Integer>();
        for (var entry : entries) {
            var spellings = new ArrayList<String>();
            for (var written : entry.text().split("\\s+")) {
                var folded = Words.of(written);
                if (folded.size() != 1) {
                    throw PhraseFile.malformed(entry.line(), "each spelling in [same word] is one word, not \""
                            + written + "\"");
                }
                spellings.add(folded.getFirst());
            }
            if (spellings.size() < 2) {
                throw PhraseFile.malformed(entry.line(), "a [same word] line lists at least two spellings");
            }
            var first = spellings.getFirst();
            for (var spelling : spellings) {
                var earlier = lineOf.putIfAbsent(spelling, entry.line());
                if (earlier != null && earlier != entry.line()) {
                    throw PhraseFile.malformed(entry.line(), "\"" + spelling + "\" is already a spelling on line "
                            + earlier + "; list each word on one line only");
                }
                sameWord.put(spelling, first);
            }
        }
        return sameWord;
    }

    private static List<List<String>> unless(List<PhraseFile.Entry> entries, Map<String, String> sameWord) {
        var unless = new ArrayList<List<String>>();
        for (var entry : entries) {
            var words = words(entry, sameWord);
            if (words.isEmpty() || entry.text().contains(Phrase.GAP)) {
                throw PhraseFile.malformed(entry.line(), "an unless entry is one or more words, without ...");
            }
            unless.add(words);
        }
        return unless;
    }

    private static List<String> parts(PhraseFile.Entry entry, Map<String, String> sameWord) {
        var pieces = GAP.split(Normalizer.normalize(entry.text(), Normalizer.Form.NFKC), -1);
        var parts = new ArrayList<String>();
        for (var i = 0; i < pieces.length; i++) {
            var words = words(new PhraseFile.Entry(entry.line(), pieces[i]), sameWord);
            if (words.isEmpty()) {
                throw PhraseFile.malformed(entry.line(), pieces.length == 1 ? "a phrase needs at least one word"
                        : "... stands between two words, so a phrase cannot start or end with it or repeat it");
            }
            if (i > 0) {
                parts.add(Phrase.GAP);
            }
            parts.addAll(words);
        }
        return parts;
    }

    private static List<String> words(PhraseFile.Entry entry, Map<String, String> sameWord) {
        return Words.of(entry.text()).stream().map(word -> sameWord.getOrDefault(word, word)).toList();
    }
}
