package app.bettertalk.core.limits;

import java.util.Locale;

/** Something a person does that is limited in how often, since a flood of it harms others or the service. */
public enum LimitedAction {
    SIGN_IN, POST, COMMENT, MESSAGE, REPORT, BOOKING;

    /** The name in settings and in counters' keys, such as {@code sign_in}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
