package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/** A member of the post's group comments on it. */
@UseCase
public final class WriteComment {
    private final Memberships memberships;
    private final Posts posts;
    private final Comments comments;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public WriteComment(Memberships memberships, Posts posts, Comments comments, AccessPolicy access,
                        UnitOfWork unitOfWork, Clock clock) {
        this.memberships = memberships;
        this.posts = posts;
        this.comments = comments;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link WriteComment}; exists only with content of an acceptable shape. */
    public record Command(Actor actor, PostId post, String content) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(post, "post");
            content = Text.required("content", content, Comment.MAX_LENGTH);
        }
    }

    public Comment write(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        return unitOfWork.inTransaction(() -> {
            var post = posts.byId(command.post()).orElseThrow(() -> new DomainException.NotFound("post"));
            access.requireMember(actor, memberships.isMember(post.group(), actor.id()));
            var comment = new Comment(CommentId.random(), post.id(), actor.id(), command.content(), clock.instant());
            comments.add(comment);
            return comment;
        });
    }
}
