package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 ({@code +919876543210}). {@link #parse} accepts the ways people in India write their
 * mobile number ({@code 98765 43210}, {@code 098765-43210}, {@code +91-98765-43210}, {@code 0091 98765 43210}) and
 * any other country's number written with its {@code +} code.
 */
public record PhoneNumber(String e164) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern INDIAN_MOBILE = Pattern.compile("[6-9][0-9]{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final String RULE =
            "must be a 10-digit Indian mobile number or an international number starting with +";

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()
                || e164.startsWith("+91") && !INDIAN_MOBILE.matcher(e164.substring(3)).matches()) {
            throw new DomainException.Validation("phone", RULE);
        }
    }

    public static PhoneNumber parse(String raw) {
        var compact = SEPARATORS.matcher(raw == null ? "" : raw.strip()).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (compact.startsWith("+")) {
            return new PhoneNumber(compact);
        }
        if (!compact.chars().allMatch(Character::isDigit)) {
            throw new DomainException.Validation("phone", RULE);
        }
        if (compact.length() == 11 && compact.startsWith("0")) {
            compact = compact.substring(1);
        } else if (compact.length() == 12 && compact.startsWith("91")) {
            compact = compact.substring(2);
        }
        if (!INDIAN_MOBILE.matcher(compact).matches()) {
            throw new DomainException.Validation("phone", RULE);
        }
        return new PhoneNumber("+91" + compact);
    }

    @Override
    public String toString() {
        return e164;
    }
}
