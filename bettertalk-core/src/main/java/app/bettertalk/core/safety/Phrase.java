package app.bettertalk.core.safety;

import java.util.List;
import java.util.function.Predicate;

/**
 * One phrase of the list: as its line wrote it, and as folded words where {@link #GAP} stands for up to
 * {@link #MOST_SKIPPED} other words of the same thought.
 */
record Phrase(String written, List<String> parts) {
    static final String GAP = "...";
    static final int MOST_SKIPPED = 3;

    Phrase {
        parts = List.copyOf(parts);
    }

    /**
     * Where this phrase ends if it starts at {@code start} of {@code words}, or -1; a gap skips only words
     * {@code skippable} allows.
     */
    int end(List<Words.Word> words, int start, Predicate<String> skippable) {
        return end(words, start, 0, skippable);
    }

    private int end(List<Words.Word> words, int at, int part, Predicate<String> skippable) {
        if (part == parts.size()) {
            return at;
        }
        if (!parts.get(part).equals(GAP)) {
            return at < words.size() && words.get(at).text().equals(parts.get(part))
                    ? end(words, at + 1, part + 1, skippable) : -1;
        }
        for (var skipped = 0; skipped <= MOST_SKIPPED && at + skipped < words.size(); skipped++) {
            if (skipped > 0) {
                var last = words.get(at + skipped - 1);
                if (last.afterBreak() || !skippable.test(last.text())) {
                    return -1;
                }
                if (words.get(at + skipped).afterBreak()) {
                    return -1;
                }
            }
            var end = end(words, at + skipped, part + 1, skippable);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }
}
