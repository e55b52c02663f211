package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;

/** The ages BetterTalk accepts, configurable per deployment; by default 18 to 120. */
public record AgeLimits(int minimum, int maximum) {
    public static final AgeLimits DEFAULT = new AgeLimits(18, 120);

    public AgeLimits {
        if (minimum < 1 || maximum < minimum || maximum > 150) {
            throw new IllegalArgumentException("age limits must satisfy 1 <= minimum <= maximum <= 150");
        }
    }

    /** Reads an age as a person typed it; a non-integer or an age outside the limits is a validation error. */
    public int check(String typed) {
        var text = typed == null ? "" : typed.strip();
        if (!text.matches("[0-9]{1,3}")) {
            throw new DomainException.Validation("age", "must be a whole number of years");
        }
        var age = Integer.parseInt(text);
        if (age < minimum) {
            throw new DomainException.Validation("age", "you must be at least " + minimum + " to use BetterTalk");
        }
        if (age > maximum) {
            throw new DomainException.Validation("age", "must be at most " + maximum);
        }
        return age;
    }
}
