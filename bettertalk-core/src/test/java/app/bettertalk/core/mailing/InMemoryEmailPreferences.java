package app.bettertalk.core.mailing;

import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link EmailPreferences} in memory: one entry per person and kind turned off. */
public final class InMemoryEmailPreferences implements EmailPreferences, InMemoryState {
    private record Key(UserId person, EmailKind kind) {
    }

    private final InMemoryTable<Key, Instant> turnedOff = new InMemoryTable<>();

    @Override
    public Set<EmailKind> turnedOff(UserId person) {
        return EnumSet.allOf(EmailKind.class).stream()
                .filter(kind -> turnedOff.contains(new Key(person, kind)))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void turnOff(UserId person, EmailKind kind, Instant at) {
        turnedOff.putIfAbsent(new Key(person, kind), at);
    }

    @Override
    public void turnOn(UserId person, EmailKind kind) {
        turnedOff.remove(new Key(person, kind));
    }

    @Override
    public Object snapshot() {
        return turnedOff.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        turnedOff.restore(snapshot);
    }
}
