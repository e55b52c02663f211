package app.bettertalk.core.safety;

import app.bettertalk.core.safety.ContactDetails.Kind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDetailsPropertiesTest {
    private static final List<String> WORDS = List.of("I", "feel", "so", "tired", "today", "and", "my", "sister",
            "said", "call", "me", "on", "at", "tonight", "please", "thanks,", "yaar", "bahut", "udaas", "hoon", "मैं",
            "ठीक", "हूँ", "😊", "okay?", "really.", "(honestly)", "exams", "work", "home", "sleep", "mom", "friend",
            "anxious", "better", "week", "it's", "fine!", "-", "…");
    /** Ordinary numbers people write, which must come out as typed. */
    private static final List<String> NUMBERS_SAID = List.of("3 weeks", "day 45", "I'm 23", "2024", "10:30",
            "room 204", "2nd", "12.5%", "₹1,500", "Rs. 2000");
    private static final List<String> INDIAN_PREFIXES = List.of("", "0", "0 ", "0-", "+91", "+91 ", "+91-",
            "(+91) ", "(+91)", "0091 ", "0091", "091 ", "091-", "91 ", "91-", "91");
    private static final List<List<Integer>> GROUPINGS = List.of(List.of(10), List.of(5, 5), List.of(3, 3, 4),
            List.of(4, 3, 3), List.of(2, 4, 4), List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
    /** Country codes with the length of the number after them. */
    private static final List<Tuple2<String, Integer>> COUNTRIES = List.of(Tuple.of("1", 10), Tuple.of("44", 10),
            Tuple.of("61", 9), Tuple.of("65", 8), Tuple.of("971", 9), Tuple.of("49", 10), Tuple.of("33", 9),
            Tuple.of("81", 10), Tuple.of("86", 11), Tuple.of("880", 10), Tuple.of("977", 10), Tuple.of("94", 9),
            Tuple.of("7", 10), Tuple.of("234", 10), Tuple.of("353", 9));
    /** Words that name an app or spell an address out, which text with nothing to hide leaves out. */
    private static final Set<String> SIGNAL_WORDS = Set.of("at", "dot", "instagram", "insta", "ig", "snapchat",
            "snap", "telegram", "whatsapp", "discord", "facebook", "fb", "twitter", "tiktok", "kik", "skype",
            "wechat", "linkedin", "reddit");

    private static Arbitrary<String> words(List<String> from) {
        return Arbitraries.of(from).list().ofMaxSize(6).map(list -> String.join(" ", list));
    }

    private static Arbitrary<String> digits(int length) {
        return Arbitraries.strings().numeric().ofLength(length);
    }

    private static String grouped(String number, List<Integer> grouping, String separator) {
        var groups = new ArrayList<String>();
        var at = 0;
        for (var size : grouping) {
            groups.add(number.substring(at, at + size));
            at += size;
        }
        return String.join(separator, groups);
    }

    /** Text before and after something, made of ordinary words and the numbers people say around it. */
    private static Arbitrary<Tuple2<String, String>> around(List<String> words) {
        return Combinators.combine(words(words), words(words)).as((before, after) ->
                Tuple.of(before.isEmpty() ? "" : before + " ", after.isEmpty() ? "" : " " + after));
    }

    private static String digitsOf(String written) {
        return written.replaceAll("\\D", "");
    }

    /** Every run of 8 of the number's digits, to look for in what is shown. */
    private static List<String> runsOfEight(String digits) {
        var runs = new ArrayList<String>();
        for (var at = 0; at + 8 <= digits.length(); at++) {
            runs.add(digits.substring(at, at + 8));
        }
        return runs;
    }

    @Provide
    Arbitrary<String> indianMobiles() {
        var numbers = Combinators.combine(Arbitraries.chars().range('6', '9'), digits(9))
                .as((first, rest) -> first + rest);
        return Combinators.combine(Arbitraries.of(INDIAN_PREFIXES), numbers, Arbitraries.of(GROUPINGS),
                        Arbitraries.of(" ", "-", ".", "", " - "))
                .as((prefix, number, grouping, separator) -> prefix + grouped(number, grouping, separator));
    }

    @Provide
    Arbitrary<String> internationalNumbers() {
        return Arbitraries.of(COUNTRIES).flatMap(country -> Combinators.combine(Arbitraries.of("+", "+", "00"),
                        Arbitraries.of(" ", "-", ""), digits(country.get2()), Arbitraries.of(" ", "-", "", "."))
                .as((plus, afterCode, number, separator) -> plus + country.get1() + afterCode
                        + grouped(number, List.of(number.length() - 7, 3, 4), separator)));
    }

    @Provide
    Arbitrary<Tuple2<String, String>> sentences() {
        var words = new ArrayList<>(WORDS);
        words.addAll(NUMBERS_SAID);
        return around(words);
    }

    @Provide
    Arbitrary<Tuple2<String, String>> sentencesWithoutDigits() {
        return around(WORDS);
    }

    @Property
    void no_eight_digits_of_an_indian_mobile_survive_in_a_sentence(
            @ForAll("indianMobiles") String number, @ForAll("sentences") Tuple2<String, String> around) {
        var masked = ContactDetails.mask(around.get1() + number + around.get2());

        var shown = masked.text().replaceAll("[\\s.()+\\-]", "");
        assertThat(runsOfEight(digitsOf(number))).noneMatch(shown::contains);
        assertThat(masked.hidden()).contains(Kind.PHONE);
    }

    @Property
    void no_eight_digits_of_an_international_number_survive_in_a_sentence(
            @ForAll("internationalNumbers") String number, @ForAll("sentences") Tuple2<String, String> around) {
        var masked = ContactDetails.mask(around.get1() + number + around.get2());

        var shown = masked.text().replaceAll("[\\s.()+\\-]", "");
        assertThat(runsOfEight(digitsOf(number))).noneMatch(shown::contains);
        assertThat(masked.hidden()).contains(Kind.PHONE);
    }

    @Property
    void a_phone_number_among_words_becomes_the_marker_and_nothing_else_changes(
            @ForAll("indianMobiles") String mobile, @ForAll("internationalNumbers") String international,
            @ForAll boolean indian, @ForAll("sentencesWithoutDigits") Tuple2<String, String> around) {
        var number = indian ? mobile : international;

        var masked = ContactDetails.mask(around.get1() + number + around.get2());

        assertThat(masked.text()).isEqualTo(around.get1() + "[phone hidden]" + around.get2());
    }

    @Provide
    Arbitrary<String> emailAddresses() {
        var part = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        var local = Combinators.combine(part, Arbitraries.of("", ".", "_", "-"), part.injectNull(0.5),
                        Arbitraries.strings().numeric().ofMaxLength(4), part.map(tag -> "+" + tag).injectNull(0.7))
                .as((first, joint, second, number, tag) -> first + (second == null ? "" : joint + second) + number
                        + (tag == null ? "" : tag));
        var label = Combinators.combine(part, Arbitraries.of("", "-", "2"), part.injectNull(0.6))
                .as((first, joint, second) -> first + (second == null ? "" : joint + second));
        var domain = Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of("com", "in", "co.in", "ac.in", "org", "io", "travel", "co.uk", "COM"))
                .as((labels, ending) -> String.join(".", labels) + "." + ending);
        return Combinators.combine(local, domain).as((name, at) -> name + "@" + at);
    }

    @Provide
    Arbitrary<String> spelledOutAddresses() {
        var name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10);
        return Combinators.combine(name, Arbitraries.of(" at ", "(at)", " [at] ", " (at) ", " @ ", " AT ", "{at}"),
                        Arbitraries.of("gmail", "yahoo", "outlook", "hotmail", "rediffmail", "icloud", "protonmail"),
                        Arbitraries.of(" dot ", "(dot)", " [dot] ", ".", " DOT ", "[.]"),
                        Arbitraries.of("com", "in", "co.in"))
                .as((local, at, provider, dot, ending) -> local + at + provider + dot + ending.replace(".", dot));
    }

    @Property
    void an_email_address_in_a_sentence_becomes_the_marker_and_nothing_else_changes(
            @ForAll("emailAddresses") String address, @ForAll("sentences") Tuple2<String, String> around) {
        var masked = ContactDetails.mask(around.get1() + address + around.get2());

        assertThat(masked.text()).doesNotContain(address.substring(address.indexOf('@')))
                .isEqualTo(around.get1() + "[email hidden]" + around.get2());
        assertThat(masked.hidden()).contains(Kind.EMAIL);
    }

    @Property
    void a_spelled_out_email_address_in_a_sentence_becomes_the_marker(
            @ForAll("spelledOutAddresses") String address, @ForAll("sentences") Tuple2<String, String> around) {
        var masked = ContactDetails.mask(around.get1() + address + around.get2());

        assertThat(masked.text()).isEqualTo(around.get1() + "[email hidden]" + around.get2());
        assertThat(masked.hidden()).containsExactly(Kind.EMAIL);
    }

    @Provide
    Arbitrary<String> numbersThatAreNotPhones() {
        var amount = Arbitraries.integers().between(1, 9_99_999);
        var day = Arbitraries.integers().between(1, 31);
        var month = Arbitraries.integers().between(1, 12);
        var year = Arbitraries.integers().between(1950, 2035);
        return Arbitraries.oneOf(
                amount.map(n -> "₹" + indianGrouping(n)), amount.map(n -> "Rs. " + n), amount.map(n -> n + " rupees"),
                amount.map(n -> "$" + n), amount.map(n -> "₹" + n + "/-"),
                amount.map(ContactDetailsPropertiesTest::indianGrouping),
                Arbitraries.integers().between(13, 90).map(age -> "I'm " + age),
                Arbitraries.integers().between(13, 90).map(age -> age + " years old"),
                year.map(String::valueOf),
                Combinators.combine(day, month, year, Arbitraries.of("/", "-", "."))
                        .as((d, m, y, s) -> "%02d%s%02d%s%d".formatted(d, s, m, s, y)),
                Combinators.combine(year, month, day).as((y, m, d) -> "%d-%02d-%02d".formatted(y, m, d)),
                Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
                        .as((h, m) -> "%d:%02d".formatted(h, m)),
                Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 59),
                        Arbitraries.of("am", "pm", " pm", "")).as((h, m, half) -> "%d.%02d%s".formatted(h, m, half)),
                Arbitraries.integers().between(0, 100).map(n -> n + "%"),
                Arbitraries.integers().between(1, 999).map(n -> n + " weeks"),
                Arbitraries.integers().between(1, 999).map(n -> "day " + n),
                Arbitraries.integers().between(1, 999).map(n -> "room " + n),
                Arbitraries.integers().between(1, 99).map(n -> n + "th"),
                Arbitraries.integers().between(100000, 899999).map(String::valueOf));
    }

    private static String indianGrouping(int amount) {
        var digits = String.valueOf(amount);
        if (digits.length() <= 3) {
            return digits;
        }
        var head = digits.substring(0, digits.length() - 3);
        var grouped = new StringBuilder();
        for (var at = head.length(); at > 0; at -= 2) {
            grouped.insert(0, head.substring(Math.max(0, at - 2), at) + ",");
        }
        return grouped + digits.substring(digits.length() - 3);
    }

    @Provide
    Arbitrary<String> sentencesOfNumbersThatAreNotPhones() {
        return Combinators.combine(numbersThatAreNotPhones().list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.of(WORDS).list().ofMinSize(5).ofMaxSize(5))
                .as((numbers, words) -> {
                    var sentence = new StringBuilder(words.getFirst());
                    for (var at = 0; at < numbers.size(); at++) {
                        sentence.append(' ').append(numbers.get(at)).append(' ').append(words.get(at + 1));
                    }
                    return sentence.toString();
                });
    }

    @Property
    void prices_ages_years_dates_times_and_counts_come_out_as_typed(
            @ForAll("sentencesOfNumbersThatAreNotPhones") String typed) {
        var masked = ContactDetails.mask(typed);

        assertThat(masked.text()).isEqualTo(typed);
        assertThat(masked.hidden()).isEmpty();
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.oneOf(indianMobiles(), internationalNumbers(), emailAddresses(), spelledOutAddresses(),
                                numbersThatAreNotPhones(), Arbitraries.of(WORDS), Arbitraries.of(SIGNAL_WORDS),
                                Arbitraries.of(":", "-", "is", "@", "@some_name", "my", "me", "t.me/x", "(", ")", "."))
                        .list().ofMaxSize(12).map(parts -> String.join(" ", parts)));
    }

    @Property(tries = 2_000)
    void masking_twice_shows_the_same_as_masking_once(@ForAll("anything") String typed) {
        var once = ContactDetails.mask(typed).text();

        var twice = ContactDetails.mask(once).text();

        assertThat(twice).isEqualTo(once);
    }

    @Provide
    Arbitrary<String> textWithNothingToHide() {
        var word = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                        Arbitraries.of(WORDS))
                .filter(candidate -> !SIGNAL_WORDS.contains(candidate.toLowerCase(Locale.ROOT)));
        var between = Arbitraries.of(" ", ", ", ". ", "! ", "? ", "\n", " - ", ": ", " (", ") ", "  ", "\t", "'");
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(15), between.list().ofMinSize(15).ofMaxSize(15))
                .as((words, separators) -> {
                    var text = new StringBuilder(words.getFirst());
                    for (var at = 1; at < words.size(); at++) {
                        text.append(separators.get(at)).append(words.get(at));
                    }
                    return text.toString();
                });
    }

    @Property
    void text_without_digits_at_signs_or_app_names_comes_out_as_typed(@ForAll("textWithNothingToHide") String typed) {
        var masked = ContactDetails.mask(typed);

        assertThat(masked.text()).isEqualTo(typed);
        assertThat(masked.changed()).isFalse();
    }
}
