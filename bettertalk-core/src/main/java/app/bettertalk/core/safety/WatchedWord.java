package app.bettertalk.core.safety;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A word or phrase admins watch for in posts and comments, and what saying it does. It matches whole words in any
 * letter case and in any Unicode form (a full-width or ligature spelling is the same word); a {@code *} stands for
 * any letters, so {@code scam*} also matches "scammer".
 *
 * @param addedBy the admin who added it, or the operator at the command line
 */
public record WatchedWord(String word, WordAction action, UserId addedBy, Instant addedAt) {
    public static final int MAX_LENGTH = 60;

    public WatchedWord {
        word = normal(word);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /**
     * {@code typed} as it is stored and compared: NFKC, lower case, single spaces; a 422 unless it has a letter or
     * digit and fits {@value #MAX_LENGTH} characters.
     */
    public static String normal(String typed) {
        var normal = folded(typed == null ? "" : typed).strip().replaceAll("\\s+", " ");
        if (normal.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new DomainException.Validation("word", "must have a letter or a digit");
        }
        if (normal.codePointCount(0, normal.length()) > MAX_LENGTH) {
            throw new DomainException.Validation("word", "must be at most " + MAX_LENGTH + " characters");
        }
        if (normal.codePoints().anyMatch(Character::isISOControl)) {
            throw new DomainException.Validation("word", "must not have control characters");
        }
        return normal;
    }

    /** Where {@code foldedText} (folded as words are) says this word as a whole word: the words it said. */
    Optional<String> saidIn(String foldedText) {
        var found = pattern().matcher(foldedText);
        return found.find() ? Optional.of(found.group()) : Optional.empty();
    }

    /** Text in the form words are compared in. */
    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private Pattern pattern() {
        var regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        var parts = word.split("\\*", -1);
        for (var at = 0; at < parts.length; at++) {
            if (at > 0) {
                regex.append("[\\p{L}\\p{N}]*");
            }
            regex.append(Pattern.quote(parts[at]).replace(" ", "\\E\\s+\\Q"));
        }
        return Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString());
    }
}
