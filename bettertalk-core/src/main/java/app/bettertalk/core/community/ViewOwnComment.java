package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;

/**
 * Shows the writer of a comment the comment as it is stored, with the group it is in, to fill the form that edits it
 * or to ask before deleting it; anyone else is told it is not theirs, as {@link EditComment} and
 * {@link DeleteComment} would tell them.
 */
@UseCase
public final class ViewOwnComment {
    private final Posts posts;
    private final Comments comments;
    private final AccessPolicy access;

    public ViewOwnComment(Posts posts, Comments comments, AccessPolicy access) {
        this.posts = posts;
        this.comments = comments;
        this.access = access;
    }

    /** Input of {@link ViewOwnComment}. */
    public record Query(Actor actor, CommentId comment) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /** A comment and the group of the post it answers. */
    public record Own(Comment comment, GroupId group) {
        public Own {
            Objects.requireNonNull(comment, "comment");
            Objects.requireNonNull(group, "group");
        }
    }

    public Own view(Query query) {
        access.requireOnboarded(query.actor());
        var comment = comments.byId(query.comment()).orElseThrow(() -> new DomainException.NotFound("comment"));
        var post = posts.byId(comment.post()).orElseThrow(() -> new DomainException.NotFound("comment"));
        access.requireAuthor(query.actor(), comment.author());
        return new Own(comment, post.group());
    }
}
