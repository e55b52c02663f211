package app.bettertalk.core.safety;

import app.bettertalk.core.shared.DomainException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Says whether a text suggests its writer may be at risk of self-harm or suicide, so they can be offered helplines;
 * it never blocks. A phrase of the list counts unless an "unless" word of the same thought denies it (up to
 * {@value #REACH_BEFORE} words before, or {@value #REACH_AFTER} after as Hindi negates), or it stands in a
 * quotation. It errs towards asking: a missed cry for help costs more than an unneeded helpline.
 */
public final class CrisisScreen {
    static final int REACH_BEFORE = 5;
    static final int REACH_AFTER = 3;

    private final CrisisPhrases list;
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Set<String> unskippable = new HashSet<>();

    /** A screen looking for {@code phrases}, indexed once so each check is one pass over the text's words. */
    public CrisisScreen(CrisisPhrases phrases) {
        this.list = phrases;
        for (var phrase : phrases.phrases()) {
            byFirstWord.computeIfAbsent(phrase.parts().getFirst(), first -> new ArrayList<>()).add(phrase);
        }
        // A gap that swallowed "not" would read "want to not die" as "want to die"; the words of a longer unless
        // entry ("used to") are everyday words on their own.
        Stream.of(phrases.unlessBefore(), phrases.unlessAfter()).flatMap(List::stream)
                .filter(unless -> unless.size() == 1).forEach(unskippable::addAll);
    }

    /**
     * What writing {@code text} raises, once its writer has been offered help: the concern (to tell moderators) when
     * they chose to send it anyway, nothing when the text raises none; a writer not yet offered help for a text that
     * raises one is stopped with {@link DomainException.HelpOffered} before anything is stored.
     */
    public Optional<CrisisConcern> heldUnlessSentAnyway(String text, boolean sendAnyway) {
        var concern = check(text);
        if (concern.isPresent() && !sendAnyway) {
            throw new DomainException.HelpOffered();
        }
        return concern;
    }

    /** The first phrase of the list {@code text} says in its writer's own voice, if any. */
    public Optional<CrisisConcern> check(String text) {
        var words = list.wordsOf(text == null ? "" : text);
        for (var start = 0; start < words.size(); start++) {
            for (var phrase : byFirstWord.getOrDefault(words.get(start).text(), List.of())) {
                var end = phrase.end(words, start, word -> !unskippable.contains(word));
                if (end > start && !deniedBefore(words, start) && !deniedAfter(words, end)) {
                    return Optional.of(new CrisisConcern(phrase.written()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean deniedBefore(List<Words.Word> words, int start) {
        for (var at = start - 1; at >= 0 && start - at <= REACH_BEFORE; at--) {
            if (words.get(at + 1).afterBreak()) {
                return false;
            }
            for (var unless : list.unlessBefore()) {
                if (saysAt(words, at - unless.size() + 1, unless)) {
                    return true;
                }
            }
            if (list.newThought().contains(words.get(at).text())) {
                return false;
            }
        }
        return false;
    }

    private boolean deniedAfter(List<Words.Word> words, int end) {
        for (var at = end; at < words.size() && at - end < REACH_AFTER; at++) {
            if (words.get(at).afterBreak() || list.newThought().contains(words.get(at).text())) {
                return false;
            }
            for (var unless : list.unlessAfter()) {
                if (saysAt(words, at, unless)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean saysAt(List<Words.Word> words, int from, List<String> expected) {
        if (from < 0 || from + expected.size() > words.size()) {
            return false;
        }
        for (var i = 0; i < expected.size(); i++) {
            if (!words.get(from + i).text().equals(expected.get(i))) {
                return false;
            }
        }
        return true;
    }
}
