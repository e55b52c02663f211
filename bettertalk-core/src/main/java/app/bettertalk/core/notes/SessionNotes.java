package app.bettertalk.core.notes;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * The mentor's notes on one chat thread. {@code version} counts the saved revisions (0: never written), so an edit
 * made from an old version is caught instead of silently overwriting a newer one.
 */
public record SessionNotes(ChatId chat, String text, int version, UserId editedBy, Instant updatedAt) {
    public static final int MAX_LENGTH = 50_000;

    public SessionNotes {
        Objects.requireNonNull(chat, "chat");
        text = Text.optional("text", text, MAX_LENGTH);
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        Objects.requireNonNull(editedBy, "editedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The notes of a thread nobody has written in yet. */
    public static SessionNotes blank(ChatId chat, UserId mentor, Instant since) {
        return new SessionNotes(chat, "", 0, mentor, since);
    }

    public SessionNotes revised(String newText, UserId editor, Instant at) {
        return new SessionNotes(chat, newText, version + 1, editor, at);
    }
}
