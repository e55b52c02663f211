package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/** A member posts in a group. */
@UseCase
public final class WritePost {
    private final Groups groups;
    private final Memberships memberships;
    private final Posts posts;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public WritePost(Groups groups, Memberships memberships, Posts posts, AccessPolicy access, UnitOfWork unitOfWork,
                     Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.posts = posts;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link WritePost}; exists only with content of an acceptable shape. */
    public record Command(Actor actor, GroupId group, String content) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(group, "group");
            content = Text.required("content", content, Post.MAX_LENGTH);
        }
    }

    public Post write(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        return unitOfWork.inTransaction(() -> {
            groups.byId(command.group()).orElseThrow(() -> new DomainException.NotFound("group"));
            access.requireMember(actor, memberships.isMember(command.group(), actor.id()));
            var post = new Post(PostId.random(), command.group(), actor.id(), command.content(), clock.instant());
            posts.add(post);
            return post;
        });
    }
}
