package app.bettertalk.mysql.notes;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.notes.NotesDocuments;
import app.bettertalk.core.notes.SessionNotes;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import app.bettertalk.mysql.atrest.SealedText;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@link NotesDocuments} in {@code session_notes}, one row per saved revision. The primary key (chat, version)
 * lets only one of two racing saves of the same next version in. Every revision is sealed under the chat's data key.
 */
public final class JdbiNotesDocuments implements NotesDocuments {
    private final Jdbi jdbi;
    private final SealedText sealed;

    public JdbiNotesDocuments(Jdbi jdbi, SealedText sealed) {
        this.jdbi = jdbi;
        this.sealed = sealed;
    }

    @Override
    public Optional<SessionNotes> of(ChatId chat) {
        return history(chat, 1).stream().findFirst();
    }

    @Override
    public void save(SessionNotes revision) {
        var stored = of(revision.chat()).map(SessionNotes::version).orElse(0);
        if (revision.version() != stored + 1) {
            throw changed();
        }
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO session_notes (chat_id, version, notes_text, edited_by, updated_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .bind(0, Columns.id(revision.chat().value())).bind(1, revision.version())
                    .bind(2, sealed.seal(SealedText.chat(revision.chat().value()),
                            row(revision.chat().value(), revision.version()), revision.text())).bind(3, Columns.id(revision.editedBy().value()))
                    .bind(4, Columns.at(revision.updatedAt())).execute());
        } catch (RuntimeException e) {
            if (StoreErrors.duplicateKey(e).isPresent()) {
                throw changed();
            }
            throw e;
        }
    }

    @Override
    public List<SessionNotes> history(ChatId chat, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM session_notes WHERE chat_id = ? ORDER BY version DESC LIMIT ?")
                .bind(0, Columns.id(chat.value())).bind(1, limit).map(this::notes).list());
    }

    private static DomainException changed() {
        return new DomainException.Conflict("notes_changed",
                "These notes changed since you opened them; reload to see the latest before saving.");
    }

    private SessionNotes notes(ResultSet rs, StatementContext ctx) throws SQLException {
        var chat = Columns.uuid(rs, "chat_id");
        var version = rs.getInt("version");
        return new SessionNotes(new ChatId(chat),
                sealed.open(SealedText.chat(chat), row(chat, version), rs.getString("notes_text")), version,
                new UserId(Columns.uuid(rs, "edited_by")), Columns.instant(rs, "updated_at"));
    }

    private static String row(java.util.UUID chat, int version) {
        return SealedText.row("session_notes.notes_text", chat, version);
    }
}
