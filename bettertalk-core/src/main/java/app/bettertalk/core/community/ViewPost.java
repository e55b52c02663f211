package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.Blocks;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Shows one post with all its comments, oldest first, to any onboarded person, as its group's page shows it. */
@UseCase
public final class ViewPost {
    private final Blocks blocks;
    private final Posts posts;
    private final Comments comments;
    private final Users users;
    private final Mentors mentors;
    private final AccessPolicy access;

    public ViewPost(Posts posts, Comments comments, Users users, Mentors mentors, AccessPolicy access,
                    Blocks blocks) {
        this.blocks = blocks;
        this.posts = posts;
        this.comments = comments;
        this.users = users;
        this.mentors = mentors;
        this.access = access;
    }

    /** Input of {@link ViewPost}. */
    public record Query(Actor actor, PostId post) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(post, "post");
        }
    }

    public GroupPage.Thread view(Query query) {
        access.requireOnboarded(query.actor());
        var blocked = blocks.blockedBy(query.actor().id());
        var post = posts.byId(query.post()).filter(found -> !blocked.contains(found.author()))
                .orElseThrow(() -> new DomainException.NotFound("post"));
        var replies = comments.onPosts(List.of(post.id())).stream()
                .filter(reply -> !blocked.contains(reply.author())).toList();
        var writers = new ArrayList<UserId>();
        writers.add(post.author());
        replies.forEach(reply -> writers.add(reply.author()));
        var authors = new Authors(users, mentors).of(writers);
        return new GroupPage.Thread(post, authors.get(post.author()),
                replies.stream().map(reply -> new GroupPage.Reply(reply, authors.get(reply.author()))).toList());
    }
}
