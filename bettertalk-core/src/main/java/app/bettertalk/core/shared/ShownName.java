package app.bettertalk.core.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The rules for a name other people are shown (a display name, a mentor's public name) as a person types it:
 * NFKC-normalised with runs of spaces made one, on one line, free of control, format (bidirectional overrides, zero-width),
 * private-use and unassigned characters, bounded in characters, and not posing as the service or its staff
 * (BetterTalk, Support, Admin, Moderator, Verified and the like), so a name shows what it says and no more.
 * Names stored before these rules are read back as they are; the rules apply when a name is chosen or changed.
 */
public final class ShownName {
    private static final Set<String> RESERVED = Set.of("bettertalk", "support", "admin", "administrator",
            "moderator", "moderators", "verified", "official", "staff", "helpdesk", "system", "security");

    /** Why a name posing as the service or its staff is refused. */
    public static final String POSING =
            "must not look like BetterTalk or its staff (such as Support or Admin); choose another";

    private ShownName() {
    }

    /** The words a shown name may not be, in any case: the service's name and its staff's. */
    public static Set<String> reservedWords() {
        return RESERVED;
    }

    /**
     * {@code typed} as it will be shown, or a validation error on {@code field}: {@code min} to {@code max}
     * characters after normalising (an empty name is allowed when {@code min} is 0).
     */
    public static String typed(String field, String typed, int min, int max) {
        var normal = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC).strip();
        // A tab or a line break is a control character too: a name is one line.
        if (normal.codePoints().anyMatch(ShownName::hidden)) {
            throw new DomainException.Validation(field,
                    "must not contain invisible, control or direction-changing characters");
        }
        var name = normal.replaceAll(" +", " ");
        var length = name.codePointCount(0, name.length());
        if (length > max || length < min) {
            throw new DomainException.Validation(field, min == 0 ? "must be at most " + max + " characters"
                    : "must be " + min + " to " + max + " characters on one line");
        }
        if (posesAsTheService(name)) {
            throw new DomainException.Validation(field, POSING);
        }
        return name;
    }

    private static boolean hidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    private static boolean posesAsTheService(String name) {
        var folded = name.toLowerCase(Locale.ROOT);
        var words = Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
        return words.stream().anyMatch(RESERVED::contains) || String.join("", words).contains("bettertalk");
    }
}
