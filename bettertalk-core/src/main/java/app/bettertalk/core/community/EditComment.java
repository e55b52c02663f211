package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * The writer of a comment changes its text, and readers see it marked edited. As with an edited post, the new text is
 * screened and its contact details hidden; a comment on a post nobody may read any more is not found.
 */
@UseCase
public final class EditComment {
    private final Posts posts;
    private final Comments comments;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final PublicWriting writing;

    public EditComment(Posts posts, Comments comments, AccessPolicy access, UnitOfWork unitOfWork, Clock clock,
                       PublicWriting writing) {
        this.posts = posts;
        this.comments = comments;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.writing = writing;
    }

    /**
     * Input of {@link EditComment}; exists only with content of an acceptable shape. {@code sendAnyway}: the writer
     * was offered help for this text and chose to save it.
     */
    public record Command(Actor actor, CommentId comment, String content, boolean sendAnyway) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(comment, "comment");
            content = Text.required("content", content, Comment.MAX_LENGTH);
        }

        public Command(Actor actor, CommentId comment, String content) {
            this(actor, comment, content, false);
        }
    }

    public Comment edit(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        return unitOfWork.inTransaction(() -> {
            var comment = comments.byId(command.comment()).orElseThrow(() -> new DomainException.NotFound("comment"));
            var post = posts.byId(comment.post()).orElseThrow(() -> new DomainException.NotFound("comment"));
            access.requireAuthor(actor, comment.author());
            var screened = writing.screen(actor, command.content(), command.sendAnyway());
            var now = clock.instant();
            var edited = comment.edited(screened.text(), now);
            comments.update(edited);
            if (screened.held()) {
                comments.hide(comment.id(), now);
            }
            writing.raise(screened, new Subject(Subject.Kind.COMMENT, comment.id().value()), actor, post.group(), now);
            return screened.held() ? edited.asHeld() : edited;
        });
    }
}
