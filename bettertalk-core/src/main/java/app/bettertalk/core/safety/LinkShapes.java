package app.bettertalk.core.safety;

import java.util.regex.Pattern;

/**
 * Whether a text has a link: an address with a scheme ({@code https://}), one starting {@code www.}, or a bare
 * domain under a common top-level domain written in lower case ({@code example.com/offer}). Decimal numbers,
 * version numbers and sentence ends ("tired.Sleep") are not links; contact details are masked before this looks.
 */
public final class LinkShapes {
    private static final Pattern LINK = Pattern.compile(
            "(?i)(?:\\b[a-z][a-z0-9+.-]*://\\S"
                    + "|\\bwww\\.[\\p{L}\\p{N}-]"
                    + "|(?<![\\p{L}\\p{N}@.-])(?:[\\p{L}\\p{N}-]+\\.)+"
                    + "(?-i:com|net|org|in|io|co|me|app|info|biz|xyz|ly|gg|link|site|online|shop|store|live|club|"
                    + "top|ru|uk|us|tk|ml|cc|tv|to|be|dev|page|blog|fun|click|icu|vip|pw)(?![\\p{L}\\p{N}-]))");

    private LinkShapes() {
    }

    public static boolean anyIn(String text) {
        return LINK.matcher(text).find();
    }
}
