package app.bettertalk.display;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;

import java.util.Locale;
import java.util.regex.Pattern;

/** Money as people in India read and type it: {@code ₹499}, {@code ₹1,499.50}, {@code ₹1,00,000}. */
public final class Rupees {
    private static final Pattern TYPED = Pattern.compile("(\\d{1,9})(?:\\.(\\d{2}))?");

    private Rupees() {
    }

    /** Whole rupees without decimals, else two decimals; digits grouped the Indian way (lakhs, crores). */
    public static String format(Paise amount) {
        var rupees = amount.value() / 100;
        var paise = amount.value() % 100;
        return "₹" + grouped(Long.toString(rupees)) + (paise == 0 ? "" : String.format(Locale.ROOT, ".%02d", paise));
    }

    /**
     * A price typed in rupees, {@code 499} or {@code 499.50}, as paise; any other shape (a comma, a sign, one decimal,
     * a currency symbol) is a validation error on {@code field}, so nobody is charged an amount they did not mean.
     */
    public static Paise parse(String field, String typed) {
        var matcher = TYPED.matcher(typed == null ? "" : typed.strip());
        if (!matcher.matches()) {
            throw new DomainException.Validation(field, "must be in rupees, like 499 or 499.50");
        }
        var rupees = Long.parseLong(matcher.group(1));
        var paise = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
        return new Paise(rupees * 100 + paise);
    }

    private static String grouped(String digits) {
        if (digits.length() <= 3) {
            return digits;
        }
        var head = digits.substring(0, digits.length() - 3);
        var out = new StringBuilder();
        for (var i = 0; i < head.length(); i++) {
            if (i > 0 && (head.length() - i) % 2 == 0) {
                out.append(',');
            }
            out.append(head.charAt(i));
        }
        return out.append(',').append(digits, digits.length() - 3, digits.length()).toString();
    }
}
