package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.Blocks;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Shows a group to any onboarded person: its newest posts, their comments, and who wrote them; never what someone
 * the viewer blocked wrote.
 */
@UseCase
public final class ViewGroup {
    private final Groups groups;
    private final Memberships memberships;
    private final Posts posts;
    private final Comments comments;
    private final Users users;
    private final Mentors mentors;
    private final AccessPolicy access;
    private final Blocks blocks;

    public ViewGroup(Groups groups, Memberships memberships, Posts posts, Comments comments, Users users,
                     Mentors mentors, AccessPolicy access, Blocks blocks) {
        this.groups = groups;
        this.memberships = memberships;
        this.posts = posts;
        this.comments = comments;
        this.users = users;
        this.mentors = mentors;
        this.access = access;
        this.blocks = blocks;
    }

    /** Input of {@link ViewGroup}: at most {@code postLimit} posts, newest first. */
    public record Query(Actor actor, GroupId group, int postLimit) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(group, "group");
            if (postLimit < 1 || postLimit > 200) {
                throw new DomainException.Validation("limit", "must be 1 to 200");
            }
        }
    }

    public GroupPage view(Query query) {
        var actor = query.actor();
        access.requireOnboarded(actor);
        var group = groups.byId(query.group()).orElseThrow(() -> new DomainException.NotFound("group"));
        var blocked = blocks.blockedBy(actor.id());
        var newest = posts.newestInGroup(group.id(), query.postLimit()).stream()
                .filter(post -> !blocked.contains(post.author())).toList();
        var replies = comments.onPosts(newest.stream().map(Post::id).toList()).stream()
                .filter(reply -> !blocked.contains(reply.author())).toList();
        var authors = authors(newest, replies);
        var repliesByPost = replies.stream().collect(Collectors.groupingBy(Comment::post,
                Collectors.mapping(reply -> new GroupPage.Reply(reply, authors.get(reply.author())),
                        Collectors.toList())));
        var threads = newest.stream().map(post -> new GroupPage.Thread(post, authors.get(post.author()),
                repliesByPost.getOrDefault(post.id(), List.of()))).toList();
        var count = memberships.memberCounts(List.of(group.id())).getOrDefault(group.id(), 0);
        return new GroupPage(group, count, memberships.isMember(group.id(), actor.id()), threads);
    }

    private Map<UserId, Author> authors(List<Post> newest, List<Comment> replies) {
        var ids = new HashSet<UserId>();
        newest.forEach(post -> ids.add(post.author()));
        replies.forEach(reply -> ids.add(reply.author()));
        return new Authors(users, mentors).of(ids);
    }
}
