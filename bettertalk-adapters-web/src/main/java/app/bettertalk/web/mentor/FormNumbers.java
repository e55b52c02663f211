package app.bettertalk.web.mentor;

import app.bettertalk.core.shared.DomainException;

import java.util.regex.Pattern;

/** Whole numbers typed into forms; anything else is a validation error on the field, never a 500. */
final class FormNumbers {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");

    private FormNumbers() {
    }

    /** Empty means 0 (not stated). */
    static int optional(String field, String typed, String what) {
        var text = typed == null ? "" : typed.strip();
        return text.isEmpty() ? 0 : required(field, text, what);
    }

    static int required(String field, String typed, String what) {
        var text = typed == null ? "" : typed.strip();
        if (!DIGITS.matcher(text).matches()) {
            throw new DomainException.Validation(field, "must be " + what);
        }
        return Integer.parseInt(text);
    }
}
