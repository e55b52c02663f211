package app.bettertalk.core.chat;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every chat thread: at most one per user and mentor, which the store enforces itself (a unique key). */
@Port
public interface ChatThreads {
    Optional<ChatThread> byId(ChatId id);

    /** The thread, locked against other units of work until this one ends. */
    Optional<ChatThread> lockById(ChatId id);

    Optional<ChatThread> ofPair(UserId user, UserId mentor);

    /**
     * The pair of {@code unopened}'s thread, locked until this unit of work ends; stores {@code unopened} first if
     * the pair has none. Two units of work racing for a new pair end with one thread.
     */
    ChatThread lockOrOpen(ChatThread unopened);

    /** The threads {@code person} takes part in, as user or mentor, latest ending first. */
    List<ChatThread> ofParticipant(UserId person);

    void update(ChatThread thread);

    /**
     * Up to {@code limit} threads still marked active whose window ended at or before {@code now}, locked until this
     * unit of work ends; threads another unit of work holds are skipped, so parallel sweeps share the work.
     */
    List<ChatThread> claimEnded(Instant now, int limit);

    /** Marks the threads inactive, as the sweep does once their window has ended; their windows stay as they are. */
    void deactivate(Collection<ChatId> threads);
}
