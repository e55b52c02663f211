package app.bettertalk.core.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as the screen compares them: NFKC, lower case, apostrophes dropped inside a word ("don't" is
 * "dont"), every run of one letter made one letter ("dieee" is "die", and "kill" is "kil" on both sides), and
 * punctuation reduced to whether a thought ends between two words.
 */
final class Words {
    private Words() {
    }

    /** One folded word; {@code afterBreak} when a sentence or clause ends between it and the word before. */
    record Word(String text, boolean afterBreak) {
    }

    /**
     * The words a person wrote themselves: words in quotation marks are someone else's and left out, unless the
     * message is nothing but a quotation, because people do wrap their own words in quotes.
     */
    static List<Word> own(String text) {
        var codePoints = normal(text);
        var words = split(codePoints, Quotations.in(codePoints));
        return words.isEmpty() ? split(codePoints, new boolean[codePoints.length]) : words;
    }

    /** The folded words of one entry of the phrase file, where quotation marks mean nothing. */
    static List<String> of(String entry) {
        var codePoints = normal(entry);
        return split(codePoints, new boolean[codePoints.length]).stream().map(Word::text).toList();
    }

    private static int[] normal(String text) {
        // Curly quotes first: NFKC turns an acute accent used as an apostrophe into a space and a combining mark.
        var unified = text.codePoints().map(Words::unifiedQuote)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Normalizer.normalize(unified, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).codePoints().toArray();
    }

    private static int unifiedQuote(int codePoint) {
        return switch (codePoint) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            default -> codePoint;
        };
    }

    private static List<Word> split(int[] text, boolean[] quoted) {
        var words = new ArrayList<Word>();
        var word = new StringBuilder();
        var last = -1;
        var brokenOff = false;
        for (var i = 0; i < text.length; i++) {
            var c = text[i];
            if (!quoted[i] && isWordPart(c)) {
                if (c != last) {
                    word.appendCodePoint(c);
                }
                last = c;
                continue;
            }
            var joinsWord = c == '\'' && !word.isEmpty() && i + 1 < text.length && !quoted[i + 1]
                    && isWordPart(text[i + 1]);
            if (!quoted[i] && (joinsWord || Character.getType(c) == Character.FORMAT)) {
                continue;
            }
            if (!word.isEmpty()) {
                words.add(new Word(word.toString(), brokenOff));
                word.setLength(0);
                brokenOff = false;
            }
            last = -1;
            brokenOff |= quoted[i] || endsAThought(text, i);
        }
        if (!word.isEmpty()) {
            words.add(new Word(word.toString(), brokenOff));
        }
        return words;
    }

    static boolean isWordPart(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean endsAThought(int[] text, int at) {
        var c = text[at];
        if (c == '-') {
            // "self-harm" is two words of one thought; a dash between spaces is a pause.
            return at == 0 || at + 1 == text.length || !isWordPart(text[at - 1]) || !isWordPart(text[at + 1]);
        }
        return ".,;:!?()[]{}|\n\r\u2028\u2029\u2014\u2013\u0964\u0965\u00A1\u00BF".indexOf(c) >= 0;
    }
}
