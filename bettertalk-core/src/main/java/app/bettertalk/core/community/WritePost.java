package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.safety.Concern;
import app.bettertalk.core.safety.Concerns;
import app.bettertalk.core.safety.ContactDetails;
import app.bettertalk.core.safety.CrisisScreen;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A member posts in a group. A post that suggests its writer may be at risk is held until they have been offered
 * helplines and chose to post anyway; it then goes out and moderators are told. Phone numbers, email addresses and
 * social handles in it are hidden before it is stored, to keep everyone anonymous.
 */
@UseCase
public final class WritePost {
    private final Groups groups;
    private final Memberships memberships;
    private final Posts posts;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final CrisisScreen screen;
    private final Concerns concerns;

    public WritePost(Groups groups, Memberships memberships, Posts posts, AccessPolicy access, UnitOfWork unitOfWork,
                     Clock clock, CrisisScreen screen, Concerns concerns) {
        this.groups = groups;
        this.memberships = memberships;
        this.posts = posts;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.screen = screen;
        this.concerns = concerns;
    }

    /**
     * Input of {@link WritePost}; exists only with content of an acceptable shape. {@code sendAnyway}: the writer
     * was offered help for this text and chose to post it.
     */
    public record Command(Actor actor, GroupId group, String content, boolean sendAnyway) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(group, "group");
            content = Text.required("content", content, Post.MAX_LENGTH);
        }

        public Command(Actor actor, GroupId group, String content) {
            this(actor, group, content, false);
        }
    }

    public Post write(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        return unitOfWork.inTransaction(() -> {
            groups.byId(command.group()).orElseThrow(() -> new DomainException.NotFound("group"));
            access.requireMember(actor, memberships.isMember(command.group(), actor.id()));
            var concern = screen.heldUnlessSentAnyway(command.content(), command.sendAnyway());
            var now = clock.instant();
            var post = new Post(PostId.random(), command.group(), actor.id(),
                    ContactDetails.mask(command.content()).text(), now);
            posts.add(post);
            concern.ifPresent(matched -> concerns.raise(new Concern(new Subject(Subject.Kind.POST, post.id().value()),
                    actor.id(), post.content(), Optional.of(post.group().value()), matched, now)));
            return post;
        });
    }
}
