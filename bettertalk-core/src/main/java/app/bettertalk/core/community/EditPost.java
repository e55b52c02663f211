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
    private final PublicWriting writing;

    public EditPost(Posts posts, AccessPolicy access, UnitOfWork unitOfWork, Clock clock, PublicWriting writing) {
        this.posts = posts;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.writing = writing;
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
            var screened = writing.screen(actor, command.content(), command.sendAnyway());
            var now = clock.instant();
            var edited = post.edited(screened.text(), now);
            posts.update(edited);
            if (screened.held()) {
                posts.hide(post.id(), now);
            }
            writing.raise(screened, new Subject(Subject.Kind.POST, post.id().value()), actor, post.group(), now);
            return screened.held() ? edited.asHeld() : edited;
        });
    }
}
