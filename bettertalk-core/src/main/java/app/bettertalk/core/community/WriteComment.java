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
 * A member of the post's group comments on it. As with a post, a comment that suggests its writer may be at risk
 * waits until they have been offered help, and contact details in it are hidden before it is stored. A new
 * account's comment may not have links, and the watched words apply: see {@link PublicWriting}.
 */
@UseCase
public final class WriteComment {
    private final Memberships memberships;
    private final Posts posts;
    private final Comments comments;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final PublicWriting writing;

    public WriteComment(Memberships memberships, Posts posts, Comments comments, AccessPolicy access,
                        UnitOfWork unitOfWork, Clock clock, PublicWriting writing) {
        this.memberships = memberships;
        this.posts = posts;
        this.comments = comments;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.writing = writing;
    }

    /**
     * Input of {@link WriteComment}; exists only with content of an acceptable shape. {@code sendAnyway}: the
     * writer was offered help for this text and chose to post it.
     */
    public record Command(Actor actor, PostId post, String content, boolean sendAnyway) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(post, "post");
            content = Text.required("content", content, Comment.MAX_LENGTH);
        }

        public Command(Actor actor, PostId post, String content) {
            this(actor, post, content, false);
        }
    }

    public Comment write(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        return unitOfWork.inTransaction(() -> {
            var post = posts.byId(command.post()).orElseThrow(() -> new DomainException.NotFound("post"));
            access.requireMember(actor, memberships.isMember(post.group(), actor.id()));
            var screened = writing.screen(actor, command.content(), command.sendAnyway());
            var now = clock.instant();
            var comment = new Comment(CommentId.random(), post.id(), actor.id(), screened.text(), now);
            comments.add(comment);
            if (screened.held()) {
                comments.hide(comment.id(), now);
            }
            writing.raise(screened, new Subject(Subject.Kind.COMMENT, comment.id().value()), actor, post.group(), now);
            return screened.held() ? comment.asHeld() : comment;
        });
    }
}
