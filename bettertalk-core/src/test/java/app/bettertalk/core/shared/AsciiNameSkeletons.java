package app.bettertalk.core.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * {@link NameSkeletons} by a small table, for tests over in-memory stores: NFKC (so fullwidth letters are plain ones),
 * lower case, then {@code 0} as {@code o}; {@code 1}, {@code i} and {@code |} as {@code l}; {@code m} as {@code rn};
 * and Cyrillic {@code а е о р с х у і} as Latin {@code a e o p c x y l}. On letters, digits and underscores, every
 * username, it gives what the ICU adapter gives; elsewhere it knows far less than Unicode's data.
 */
public final class AsciiNameSkeletons implements NameSkeletons {
    private static final Map<Integer, String> LOOKALIKES = Map.ofEntries(
            Map.entry((int) '0', "o"), Map.entry((int) '1', "l"), Map.entry((int) 'i', "l"),
            Map.entry((int) '|', "l"), Map.entry((int) 'm', "rn"),
            Map.entry(0x0430, "a"), Map.entry(0x0435, "e"), Map.entry(0x043E, "o"), Map.entry(0x0440, "p"),
            Map.entry(0x0441, "c"), Map.entry(0x0445, "x"), Map.entry(0x0443, "y"), Map.entry(0x0456, "l"));

    @Override
    public String skeleton(String name) {
        var folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var skeleton = new StringBuilder();
        folded.codePoints().forEach(c -> skeleton.append(LOOKALIKES.getOrDefault(c, Character.toString(c))));
        return skeleton.toString();
    }
}
