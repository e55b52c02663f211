package app.bettertalk.core.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lines of a phrase file sorted into its sections, with their line numbers so a mistake can be pointed at;
 * what an entry means is {@link CrisisPhrases}' business.
 */
final class PhraseFile {
    static final String PHRASES = "phrases";
    static final String UNLESS_BEFORE = "unless before";
    static final String UNLESS_AFTER = "unless after";
    static final String NEW_THOUGHT = "new thought";
    static final String SAME_WORD = "same word";
    private static final List<String> SECTIONS = List.of(PHRASES, UNLESS_BEFORE, UNLESS_AFTER, NEW_THOUGHT, SAME_WORD);

    private PhraseFile() {
    }

    /** One entry and the line it is on, counting from 1. */
    record Entry(int line, String text) {
    }

    /** Every section by name, each with its entries in file order; an empty section is an empty list. */
    static Map<String, List<Entry>> sections(String text) {
        var sections = new LinkedHashMap<String, List<Entry>>();
        SECTIONS.forEach(name -> sections.put(name, new ArrayList<>()));
        String section = null;
        var lines = text.replace("\uFEFF", "").split("\\R", -1);
        for (var number = 1; number <= lines.length; number++) {
            var line = lines[number - 1];
            var note = line.indexOf('#');
            line = (note < 0 ? line : line.substring(0, note)).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[")) {
                section = heading(number, line);
            } else if (section == null) {
                throw malformed(number, "an entry needs a section heading above it, such as [phrases]");
            } else {
                sections.get(section).add(new Entry(number, line));
            }
        }
        return sections;
    }

    private static String heading(int number, String line) {
        var name = line.endsWith("]") ? line.substring(1, line.length() - 1).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT) : "";
        if (!SECTIONS.contains(name)) {
            throw malformed(number, "\"" + line + "\" is not a section heading; the headings are ["
                    + String.join("], [", SECTIONS) + "]");
        }
        return name;
    }

    /** The error for a mistake on line {@code number}, worded for whoever edits the file. */
    static IllegalArgumentException malformed(int number, String problem) {
        return new IllegalArgumentException("crisis phrases, line " + number + ": " + problem);
    }
}
