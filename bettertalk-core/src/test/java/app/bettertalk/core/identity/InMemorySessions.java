package app.bettertalk.core.identity;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Optional;

/** {@link Sessions} in memory. */
public final class InMemorySessions implements Sessions, InMemoryState {
    private final InMemoryTable<String, Session> table = new InMemoryTable<>();

    @Override
    public void add(Session session) {
        if (!table.putIfAbsent(session.tokenHash(), session)) {
            throw new IllegalStateException("a session with that token exists");
        }
    }

    @Override
    public Optional<Session> byTokenHash(String tokenHash) {
        return table.get(tokenHash);
    }

    @Override
    public synchronized void touch(String tokenHash, Instant lastSeenAt) {
        table.get(tokenHash).filter(session -> session.lastSeenAt().isBefore(lastSeenAt))
                .ifPresent(session -> table.put(tokenHash, session.seenAt(lastSeenAt)));
    }

    @Override
    public boolean remove(String tokenHash) {
        return table.remove(tokenHash);
    }

    @Override
    public synchronized int removeAllOf(UserId user) {
        var mine = table.rows(session -> session.user().equals(user));
        mine.forEach(session -> table.remove(session.tokenHash()));
        return mine.size();
    }

    @Override
    public synchronized int removeEnded(Instant now, Instant unusedSince, int limit) {
        var ended = table.rows(session -> !session.expiresAt().isAfter(now)
                || !session.lastSeenAt().isAfter(unusedSince)).stream().limit(limit).toList();
        ended.forEach(session -> table.remove(session.tokenHash()));
        return ended.size();
    }

    @Override
    public Object snapshot() {
        return table.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        table.restore(snapshot);
    }
}
