package app.bettertalk.core.mailing;

import app.bettertalk.core.notification.EmailKind;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The kinds of email one person receives: every required kind, and the optional kinds they left on. */
public record EmailChoices(Set<EmailKind> turnedOff) {
    public EmailChoices {
        turnedOff = turnedOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(turnedOff));
    }

    /** The kinds a person may turn off, in the order they are listed to them. */
    public static List<EmailKind> optionalKinds() {
        return Arrays.stream(EmailKind.values()).filter(EmailKind::optional).toList();
    }

    public boolean receives(EmailKind kind) {
        return !kind.optional() || !turnedOff.contains(kind);
    }
}
