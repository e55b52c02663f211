package app.bettertalk.core.safety;

/**
 * Where a text quotes someone: between a pair of double quotes, or between single quotes that open before a word
 * and close after one (so the apostrophe in "don't" opens nothing). A quotation never runs past the end of a line,
 * so one stray quote mark cannot hide the rest of a message; an unclosed quote quotes nothing.
 */
final class Quotations {
    private Quotations() {
    }

    /** For each code point of the folded {@code text}, whether it lies inside a quotation, marks included. */
    static boolean[] in(int[] text) {
        var quoted = new boolean[text.length];
        var lineStart = 0;
        for (var i = 0; i <= text.length; i++) {
            if (i == text.length || text[i] == '\n') {
                markDoubles(text, lineStart, i, quoted);
                markSingles(text, lineStart, i, quoted);
                lineStart = i + 1;
            }
        }
        return quoted;
    }

    private static void markDoubles(int[] text, int from, int to, boolean[] quoted) {
        var open = -1;
        for (var i = from; i < to; i++) {
            if (text[i] == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    mark(quoted, open, i);
                    open = -1;
                }
            }
        }
    }

    private static void markSingles(int[] text, int from, int to, boolean[] quoted) {
        var i = from;
        while (i < to) {
            if (text[i] == '\'' && !quoted[i] && opens(text, i, from, to)) {
                var close = i + 2;
                while (close < to && (quoted[close] || text[close] != '\'' || !closes(text, close, to))) {
                    close++;
                }
                if (close >= to) {
                    // No later mark can close a quotation either, so nothing after this one is quoted.
                    return;
                }
                mark(quoted, i, close);
                i = close;
            }
            i++;
        }
    }

    private static boolean opens(int[] text, int at, int from, int to) {
        return (at == from || !Words.isWordPart(text[at - 1])) && at + 1 < to
                && !Character.isWhitespace(text[at + 1]) && text[at + 1] != '\'';
    }

    private static boolean closes(int[] text, int at, int to) {
        return !Character.isWhitespace(text[at - 1]) && (at + 1 == to || !Words.isWordPart(text[at + 1]));
    }

    private static void mark(boolean[] quoted, int from, int to) {
        for (var i = from; i <= to; i++) {
            quoted[i] = true;
        }
    }
}
