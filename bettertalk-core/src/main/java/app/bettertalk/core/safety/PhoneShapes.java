package app.bettertalk.core.safety;

import app.bettertalk.core.safety.ContactDetails.Found;
import app.bettertalk.core.safety.ContactDetails.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers as people type them: a run of digit groups joined by spaces, dots, dashes or brackets, perhaps after
 * a {@code +}. Within a run, the longest stretch of whole groups that makes a phone number is hidden, so a number
 * said next to another ("day 45 98765 40001") loses only the phone number. A phone number is an Indian mobile
 * (ten digits from 6 to 9, perhaps after 0, 91, 091 or 0091), a number with a trunk 0 and an STD code
 * (011-2345 6789), or any number written with its {@code +} or 00 country code; shorter numbers, dates, years,
 * times and prices are none of these, and the digits of a date or of an amount after a currency sign are never part
 * of one.
 */
final class PhoneShapes {
    /**
     * Helplines people share on purpose, in national digits: Tele-MANAS (14416 and its toll-free 1-800-891-4416) and
     * emergency (112). The short ones are too short to be taken for a phone number; they are listed to say so.
     */
    static final Set<String> HELPLINES = Set.of("14416", "18008914416", "112");

    // Every repetition starts with a separator and ends with digits, which never overlap: the match cannot backtrack.
    private static final Pattern RUN = Pattern.compile(
            "(?:\\(?\\+\\h?)?\\p{Nd}++(?:[\\h.()\\p{Pd}\\p{Cf}]{1,3}+\\p{Nd}++)*+");
    private static final Pattern GROUP = Pattern.compile("\\p{Nd}++");
    /** The first group after a currency sign is an amount, not the start of a phone number. */
    private static final Pattern MONEY_BEFORE = Pattern.compile("(?:[₹$€£]|\\b(?:rs|inr|usd)\\.?)\\h*+$",
            Pattern.CASE_INSENSITIVE);
    /** An amount ending in its currency: "60000-70000 rupees"; but "Rs. 2000" after a number starts the next one. */
    private static final Pattern MONEY_AFTER = Pattern.compile(
            "\\h*+(?:/-|rupees?\\b|(?:rs|inr)\\b(?!\\.?+\\h*+\\p{Nd}))", Pattern.CASE_INSENSITIVE);
    private static final int LONGEST = 15;

    private PhoneShapes() {
    }

    static List<Found> in(String text) {
        var found = new ArrayList<Found>();
        var run = RUN.matcher(text);
        while (run.find()) {
            found.addAll(inRun(text, run));
        }
        return found;
    }

    private record Group(int start, int end, String digits) {
    }

    /** The groups {@code first} to {@code last} make a phone number, or a helpline that is kept. */
    private record Stretch(int last, boolean phone) {
    }

    private static List<Found> inRun(String text, Matcher run) {
        var groups = groups(run);
        var plus = text.charAt(run.start()) == '+' || text.charAt(run.start()) == '(';
        var money = MONEY_BEFORE.matcher(text).region(Math.max(0, run.start() - 6), run.start())
                .useTransparentBounds(true).find();
        var dated = dated(text, groups);
        var found = new ArrayList<Found>();
        var first = money ? 1 : 0;
        while (first < groups.size()) {
            var withPlus = plus && first == 0;
            var stretch = longestFrom(text, groups, first, withPlus, dated);
            if (stretch.isEmpty()) {
                first++;
                continue;
            }
            if (stretch.get().phone()) {
                var start = withPlus ? run.start() : groups.get(first).start();
                found.add(new Found(start, groups.get(stretch.get().last()).end(), Kind.PHONE));
            }
            first = stretch.get().last() + 1;
        }
        return found;
    }

    private static Optional<Stretch> longestFrom(String text, List<Group> groups, int first, boolean withPlus,
                                                 boolean[] dated) {
        Optional<Stretch> longest = Optional.empty();
        var digits = new StringBuilder();
        for (var next = first; next < groups.size() && (withPlus || !dated[next])
                && digits.length() + groups.get(next).digits().length() <= LONGEST; next++) {
            digits.append(groups.get(next).digits());
            var number = digits.toString();
            if (HELPLINES.contains(national(number, withPlus))) {
                longest = Optional.of(new Stretch(next, false));
            } else if (isPhone(number, withPlus)
                    && !MONEY_AFTER.matcher(text).region(groups.get(next).end(), text.length()).lookingAt()) {
                longest = Optional.of(new Stretch(next, true));
            }
        }
        return longest;
    }

    private static List<Group> groups(Matcher run) {
        var groups = new ArrayList<Group>();
        var group = GROUP.matcher(run.group());
        while (group.find()) {
            var digits = new StringBuilder();
            group.group().codePoints().forEach(digit -> digits.append(Character.digit(digit, 10)));
            groups.add(new Group(run.start() + group.start(), run.start() + group.end(), digits.toString()));
        }
        return groups;
    }

    /**
     * Which groups make up a date (12-05-2024, 2024.05.12), so a number said just before one ("day 70 2024-05-12")
     * is not read as ten digits of a mobile number.
     */
    private static boolean[] dated(String text, List<Group> groups) {
        var dated = new boolean[groups.size()];
        for (var at = 0; at + 2 < groups.size(); at++) {
            var first = groups.get(at);
            var second = groups.get(at + 1);
            var third = groups.get(at + 2);
            var separator = text.substring(first.end(), second.start());
            if ((separator.equals("-") || separator.equals("."))
                    && separator.equals(text.substring(second.end(), third.start()))
                    && (isDate(first, second, third) || isDate(third, second, first))) {
                dated[at] = dated[at + 1] = dated[at + 2] = true;
            }
        }
        return dated;
    }

    /** Day and month in either order, then a year of this century or the last. */
    private static boolean isDate(Group dayOrMonth, Group monthOrDay, Group year) {
        if (dayOrMonth.digits().length() > 2 || monthOrDay.digits().length() > 2 || year.digits().length() != 4) {
            return false;
        }
        var one = Integer.parseInt(dayOrMonth.digits());
        var other = Integer.parseInt(monthOrDay.digits());
        var century = year.digits().substring(0, 2);
        return one >= 1 && other >= 1 && Math.min(one, other) <= 12 && Math.max(one, other) <= 31
                && (century.equals("19") || century.equals("20"));
    }

    private static boolean isPhone(String digits, boolean plus) {
        if (plus) {
            return withCountryCode(digits);
        }
        if (digits.startsWith("00")) {
            return withCountryCode(digits.substring(2));
        }
        return switch (digits.length()) {
            case 13 -> digits.startsWith("091") && indianMobile(digits.substring(3));
            case 12 -> digits.startsWith("91") && indianMobile(digits.substring(2));
            case 11 -> digits.charAt(0) == '0' && digits.charAt(1) != '0';
            case 10 -> indianMobile(digits);
            default -> false;
        };
    }

    /** India's and North America's numbers have one length; others have 8 to 13 digits with the country code. */
    private static boolean withCountryCode(String digits) {
        if (digits.isEmpty() || digits.charAt(0) == '0') {
            return false;
        }
        if (digits.startsWith("91")) {
            return digits.length() == 12;
        }
        if (digits.startsWith("1")) {
            return digits.length() == 11;
        }
        return digits.length() >= 8 && digits.length() <= 13;
    }

    private static boolean indianMobile(String digits) {
        return digits.length() == 10 && digits.charAt(0) >= '6';
    }

    private static String national(String digits, boolean plus) {
        var international = plus || digits.startsWith("00");
        var number = !plus && international ? digits.substring(2) : digits;
        if (international) {
            return number.startsWith("91") ? number.substring(2) : number;
        }
        return number.startsWith("091") ? number.substring(3) : number;
    }
}
