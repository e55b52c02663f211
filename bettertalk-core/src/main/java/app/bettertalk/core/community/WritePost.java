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
 * A member posts in a group. A post that suggests its writer may be at risk is held until they have been offered
 * helplines and chose to post anyway; it then goes out and moderators are told. Phone numbers, email addresses and
 * social handles in it are hidden before it is stored, to keep everyone anonymous. A new account's post may not
 * have links, and the watched words apply: see {@link PublicWriting}.
 */
@UseCase
public final class WritePost {
    private final Groups groups;
    private final Memberships memberships;
    private final Posts posts;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final PublicWriting writing;

    public WritePost(Groups groups, Memberships memberships, Posts posts, AccessPolicy access, UnitOfWork unitOfWork,
                     Clock clock, PublicWriting writing) {
        this.groups = groups;
        this.memberships = memberships;
        this.posts = posts;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.writing = writing;
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
            var screened = writing.screen(actor, command.content(), command.sendAnyway());
            var now = clock.instant();
            var post = new Post(PostId.random(), command.group(), actor.id(), screened.text(), now);
            posts.add(post);
            if (screened.held()) {
                posts.hide(post.id(), now);
            }
            writing.raise(screened, new Subject(Subject.Kind.POST, post.id().value()), actor, post.group(), now);
            return screened.held() ? post.asHeld() : post;
        });
    }
}
