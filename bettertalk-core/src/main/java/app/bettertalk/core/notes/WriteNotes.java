package app.bettertalk.core.notes;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * The mentor of a thread saves its notes, also after the chat window has ended. An edit based on an older version
 * than the stored one is refused, so two tabs never silently overwrite each other.
 */
@UseCase
public final class WriteNotes {
    private final ChatThreads threads;
    private final NotesDocuments notes;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public WriteNotes(ChatThreads threads, NotesDocuments notes, AccessPolicy access, UnitOfWork unitOfWork,
                      Clock clock) {
        this.threads = threads;
        this.notes = notes;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link WriteNotes}: the full new text and the version it was edited from (0 for the first). */
    public record Command(Actor actor, ChatId chat, String text, int baseVersion) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(chat, "chat");
            text = Text.optional("text", text, SessionNotes.MAX_LENGTH);
            if (baseVersion < 0) {
                throw new DomainException.Validation("baseVersion", "must not be negative");
            }
        }
    }

    public SessionNotes write(Command command) {
        return unitOfWork.inTransaction(() -> {
            var thread = threads.byId(command.chat()).orElseThrow(() -> new DomainException.NotFound("notes"));
            access.requireMentorOf(command.actor(), thread);
            var now = clock.instant();
            var current = notes.of(thread.id()).orElse(SessionNotes.blank(thread.id(), thread.mentor(), now));
            if (current.version() != command.baseVersion()) {
                throw new DomainException.Conflict("notes_changed",
                        "These notes changed since you opened them; reload to see the latest before saving.");
            }
            var revised = current.revised(command.text(), command.actor().id(), now);
            notes.save(revised);
            return revised;
        });
    }
}
