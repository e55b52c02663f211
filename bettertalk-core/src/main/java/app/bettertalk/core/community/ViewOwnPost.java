package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;

/**
 * Shows the writer of a post the post as it is stored, to fill the form that edits it or to ask before deleting it;
 * anyone else is told it is not theirs, as {@link EditPost} and {@link DeletePost} would tell them.
 */
@UseCase
public final class ViewOwnPost {
    private final Posts posts;
    private final AccessPolicy access;

    public ViewOwnPost(Posts posts, AccessPolicy access) {
        this.posts = posts;
        this.access = access;
    }

    /** Input of {@link ViewOwnPost}. */
    public record Query(Actor actor, PostId post) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(post, "post");
        }
    }

    public Post view(Query query) {
        access.requireOnboarded(query.actor());
        var post = posts.byId(query.post()).orElseThrow(() -> new DomainException.NotFound("post"));
        access.requireAuthor(query.actor(), post.author());
        return post;
    }
}
