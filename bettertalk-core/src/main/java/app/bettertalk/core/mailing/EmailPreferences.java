package app.bettertalk.core.mailing;

import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Set;

/** Which optional kinds of email each person turned off; everyone starts with every kind on. */
@Port
public interface EmailPreferences {
    /** The kinds {@code person} turned off; empty for someone who never turned any off. */
    Set<EmailKind> turnedOff(UserId person);

    /** Turns {@code kind} off for {@code person}; turning it off again changes nothing. */
    void turnOff(UserId person, EmailKind kind, Instant at);

    /** Turns {@code kind} back on for {@code person}; a kind that is on stays on. */
    void turnOn(UserId person, EmailKind kind);
}
