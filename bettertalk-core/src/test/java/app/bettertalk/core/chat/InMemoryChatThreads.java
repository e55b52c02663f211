package app.bettertalk.core.chat;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link ChatThreads} in memory; the in-memory unit of work serialises everything, so locks are implied. */
public final class InMemoryChatThreads implements ChatThreads, InMemoryState {
    private final InMemoryTable<ChatId, ChatThread> table = new InMemoryTable<>();

    @Override
    public Optional<ChatThread> byId(ChatId id) {
        return table.get(id);
    }

    @Override
    public Optional<ChatThread> lockById(ChatId id) {
        return table.get(id);
    }

    @Override
    public Optional<ChatThread> ofPair(UserId user, UserId mentor) {
        return table.rows(thread -> thread.user().equals(user) && thread.mentor().equals(mentor)).stream()
                .findFirst();
    }

    @Override
    public synchronized ChatThread lockOrOpen(ChatThread unopened) {
        return ofPair(unopened.user(), unopened.mentor()).orElseGet(() -> {
            table.put(unopened.id(), unopened);
            return unopened;
        });
    }

    @Override
    public List<ChatThread> ofParticipant(UserId person) {
        return table.rows(thread -> thread.includes(person)).stream()
                .sorted(Comparator.comparing(ChatThread::endsAt).reversed()).toList();
    }

    @Override
    public void update(ChatThread thread) {
        table.get(thread.id()).orElseThrow(() -> new IllegalStateException("no stored chat " + thread.id()));
        table.put(thread.id(), thread);
    }

    @Override
    public List<ChatThread> claimEnded(Instant now, int limit) {
        return table.rows(thread -> thread.active() && !thread.endsAt().isAfter(now)).stream()
                .sorted(Comparator.comparing(ChatThread::endsAt)).limit(limit).toList();
    }

    @Override
    public synchronized void deactivate(Collection<ChatId> threads) {
        threads.forEach(id -> table.get(id).ifPresent(thread -> table.put(id, thread.deactivated())));
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
