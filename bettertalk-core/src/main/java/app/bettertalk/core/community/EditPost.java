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
 * The writer of a post changes its text, and readers see it marked edited. The new text is screened and masked as a
 * new post is: one that suggests its writer may be at risk is held until they have been offered help and chose to
 * save it anyway, and moderators are then told; contact details in it are hidden before it is stored.
 */
@UseCase
public final class EditPost {
    private final Posts posts;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final CrisisScreen screen;
    private final Concerns concerns;

    public EditPost(Posts posts, AccessPolicy access, UnitOfWork unitOfWork, Clock clock, CrisisScreen screen,
                    Concerns concerns) {
        this.posts = posts;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.screen = screen;
        this.concerns = concerns;
    }

    /**
     * Input of {@link EditPost}; exists only with content of an acceptable shape. {@code sendAnyway}: the writer was
     * offered help for this text and chose to save it.
     */
    public record Command(Actor actor, PostId post, String content, boolean sendAnyway) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(post, "post");
            content = Text.required("content", content, Post.MAX_LENGTH);
        }

        public Command(Actor actor, PostId post, String content) {
            this(actor, post, content, false);
        }
    }

    public Post edit(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        return unitOfWork.inTransaction(() -> {
            var post = posts.byId(command.post()).orElseThrow(() -> new DomainException.NotFound("post"));
            access.requireAuthor(actor, post.author());
            var concern = screen.heldUnlessSentAnyway(command.content(), command.sendAnyway());
            var now = clock.instant();
            var edited = post.edited(ContactDetails.mask(command.content()).text(), now);
            posts.update(edited);
            concern.ifPresent(matched -> concerns.raise(new Concern(new Subject(Subject.Kind.POST, post.id().value()),
                    actor.id(), edited.content(), Optional.of(post.group().value()), matched, now)));
            return edited;
        });
    }
}
