package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * The writer of a post deletes it: from then on nobody is shown it or its comments, and nobody comments on it. It is
 * kept, with the time it was deleted, for moderators' records.
 */
@UseCase
public final class DeletePost {
    private final Posts posts;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DeletePost(Posts posts, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.posts = posts;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link DeletePost}. */
    public record Command(Actor actor, PostId post) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(post, "post");
        }
    }

    public void delete(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        unitOfWork.inTransaction(() -> {
            var post = posts.byId(command.post()).orElseThrow(() -> new DomainException.NotFound("post"));
            access.requireAuthor(actor, post.author());
            posts.delete(post.id(), clock.instant());
            return null;
        });
    }
}
