package app.bettertalk.core.notes;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.shared.Port;

import java.util.List;
import java.util.Optional;

/** The notes of every chat thread and all their past revisions. */
@Port
public interface NotesDocuments {
    /** The current revision of a thread's notes, if any was saved. */
    Optional<SessionNotes> of(ChatId chat);

    /**
     * Saves {@code revision} as the thread's current notes and keeps it in the history. The store accepts it only
     * if its version is one more than the stored one (or 1 for the first); else {@code Conflict("notes_changed")}.
     */
    void save(SessionNotes revision);

    /** Past and current revisions of a thread's notes, newest first, at most {@code limit}. */
    List<SessionNotes> history(ChatId chat, int limit);
}
