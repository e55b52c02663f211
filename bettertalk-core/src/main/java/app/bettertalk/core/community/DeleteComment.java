package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * The writer of a comment deletes it: from then on nobody is shown it. It is kept, with the time it was deleted, for
 * moderators' records.
 */
@UseCase
public final class DeleteComment {
    private final Posts posts;
    private final Comments comments;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DeleteComment(Posts posts, Comments comments, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.posts = posts;
        this.comments = comments;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link DeleteComment}. */
    public record Command(Actor actor, CommentId comment) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(comment, "comment");
        }
    }

    public void delete(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        unitOfWork.inTransaction(() -> {
            var comment = comments.byId(command.comment()).orElseThrow(() -> new DomainException.NotFound("comment"));
            posts.byId(comment.post()).orElseThrow(() -> new DomainException.NotFound("comment"));
            access.requireAuthor(actor, comment.author());
            comments.delete(comment.id(), clock.instant());
            return null;
        });
    }
}
