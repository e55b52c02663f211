package app.bettertalk.core.safety;

import app.bettertalk.core.safety.ContactDetails.Found;
import app.bettertalk.core.safety.ContactDetails.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses, written plainly ({@code name.k+tag@mail.example.co.in}) or spelled out to slip past a filter
 * ({@code name at gmail dot com}, {@code name(at)gmail(dot)com}, {@code name [at] gmail [dot] com},
 * {@code name @ gmail.com}). A spelled-out address must end in a known top-level domain, and one spelled with the
 * bare word "at" must also name a mail provider or spell its dots out too ending in .com, .net, .org and the like
 * (or two of them, as in "dot ac dot in"), so "I work at google.com" and "look at this dot in the sky" are left
 * alone.
 */
final class EmailShapes {
    private static final String WORD = "[\\p{L}\\p{N}._%+\\-]";
    private static final String LABEL = "[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*+";
    private static final String DOT = "(?:\\.|\\h*+[(\\[{<]\\h*+(?:dot|\\.)\\h*+[)\\]}>]\\h*+|\\h++dot\\h++)";
    // Each part is possessive and starts where the one before cannot go on, so a failed match fails at once.
    private static final Pattern ADDRESS = Pattern.compile("(?<!" + WORD + ")" + WORD + "++"
            + "(?:(?<tight>@)|(?<spaced>\\h*+@\\h*+)|(?<bracketed>\\h*+[(\\[{<]\\h*+(?:at|@)\\h*+[)\\]}>]\\h*+)"
            + "|(?<word>\\h++at\\h++))"
            + "(?<domain>" + LABEL + "(?:" + DOT + LABEL + ")++)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTS = Pattern.compile(DOT, Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}+");
    private static final Set<String> KNOWN_ENDINGS = Set.of("com", "net", "org", "in", "co", "io", "me", "edu",
            "gov", "ac", "info", "biz", "uk", "us", "ca", "au", "ai", "app", "dev", "xyz");
    private static final Set<String> SURE_ENDINGS = Set.of("com", "net", "org", "edu", "gov", "io");
    private static final Set<String> PROVIDERS = Set.of("gmail", "googlemail", "yahoo", "ymail", "rocketmail",
            "hotmail", "outlook", "live", "msn", "rediffmail", "rediff", "icloud", "aol", "protonmail", "proton",
            "zoho", "zohomail", "gmx", "yandex", "tutanota", "fastmail");
    /** Words that come after "at" in sentences and never name a mail domain. */
    private static final Set<String> NOT_DOMAINS = Set.of("the", "a", "an", "this", "that", "my", "your", "his",
            "her", "our", "their", "some", "any", "one", "home", "work", "school", "college", "least", "last");

    private EmailShapes() {
    }

    static List<Found> in(String text) {
        var found = new ArrayList<Found>();
        var address = ADDRESS.matcher(text);
        var from = 0;
        while (from < text.length() && address.find(from)) {
            var end = endOfAddress(text, address);
            if (end > 0) {
                found.add(new Found(address.start(), end, Kind.EMAIL));
                from = end;
            } else {
                // Not an address, but its domain may begin one: "I was at work.priya@gmail.com".
                from = address.start("domain");
            }
        }
        return found;
    }

    private record Label(int start, int end, boolean afterSpelledDot) {
    }

    /** Where the address found ends, after the longest run of labels ending in a fitting top-level domain; or 0. */
    private static int endOfAddress(String text, Matcher address) {
        var labels = new ArrayList<Label>();
        var dot = DOTS.matcher(text).region(address.start("domain"), address.end("domain"));
        var start = address.start("domain");
        var spelled = false;
        while (dot.find()) {
            labels.add(new Label(start, dot.start(), spelled));
            spelled = dot.end() - dot.start() > 1;
            start = dot.end();
        }
        labels.add(new Label(start, address.end("domain"), spelled));
        var name = text.substring(labels.getFirst().start(), labels.getFirst().end()).toLowerCase(Locale.ROOT);
        var firstSpelled = 1;
        while (firstSpelled < labels.size() && !labels.get(firstSpelled).afterSpelledDot()) {
            firstSpelled++;
        }
        for (var count = labels.size(); count >= 2; count--) {
            var last = labels.get(count - 1);
            var ending = text.substring(last.start(), last.end()).toLowerCase(Locale.ROOT);
            if (fits(address, ending, name, firstSpelled < count, count)) {
                return last.end();
            }
        }
        return 0;
    }

    private static boolean fits(Matcher address, String ending, String name, boolean spelledDots, int labels) {
        if (!LETTERS.matcher(ending).matches()) {
            return false;
        }
        if (address.group("tight") != null && !spelledDots) {
            return true;
        }
        if (!KNOWN_ENDINGS.contains(ending)) {
            return false;
        }
        if (address.group("word") == null) {
            return true;
        }
        return PROVIDERS.contains(name)
                || spelledDots && !NOT_DOMAINS.contains(name) && (SURE_ENDINGS.contains(ending) || labels > 2);
    }
}
