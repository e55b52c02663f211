package app.bettertalk.core.notes;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link NotesDocuments} in memory: every saved revision kept, the newest being the current one. */
public final class InMemoryNotesDocuments implements NotesDocuments, InMemoryState {
    private record Key(ChatId chat, int version) {
    }

    private final InMemoryTable<Key, SessionNotes> revisions = new InMemoryTable<>();

    @Override
    public Optional<SessionNotes> of(ChatId chat) {
        return revisions.rows(notes -> notes.chat().equals(chat)).stream()
                .max(Comparator.comparingInt(SessionNotes::version));
    }

    @Override
    public synchronized void save(SessionNotes revision) {
        var stored = of(revision.chat()).map(SessionNotes::version).orElse(0);
        if (revision.version() != stored + 1) {
            throw new DomainException.Conflict("notes_changed",
                    "These notes changed since you opened them; reload to see the latest before saving.");
        }
        revisions.put(new Key(revision.chat(), revision.version()), revision);
    }

    @Override
    public List<SessionNotes> history(ChatId chat, int limit) {
        return revisions.rows(notes -> notes.chat().equals(chat)).stream()
                .sorted(Comparator.comparingInt(SessionNotes::version).reversed()).limit(limit).toList();
    }

    @Override
    public Object snapshot() {
        return revisions.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        revisions.restore(snapshot);
    }
}
