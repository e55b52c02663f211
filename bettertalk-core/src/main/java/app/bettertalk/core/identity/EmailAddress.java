package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/** A person's email as Google reported it, lower-cased so comparisons are the same on every database. */
public record EmailAddress(String value) {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new DomainException.Validation("email", "must be an email address like name@example.com");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
