package app.bettertalk.core.shared;

/** The shape rules for free text that people type: stripped, bounded, and for required text not blank. */
public final class Text {
    private Text() {
    }

    /** Stripped {@code value}, 1 to {@code max} characters, else a validation error on {@code field}. */
    public static String required(String field, String value, int max) {
        var text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new DomainException.Validation(field, "must not be blank");
        }
        return bounded(field, text, max);
    }

    /** Stripped {@code value}, empty when absent, at most {@code max} characters. */
    public static String optional(String field, String value, int max) {
        return bounded(field, value == null ? "" : value.strip(), max);
    }

    private static String bounded(String field, String text, int max) {
        if (text.codePointCount(0, text.length()) > max) {
            throw new DomainException.Validation(field, "must be at most " + max + " characters");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new DomainException.Validation(field, "must not contain control characters");
        }
        return text;
    }
}
