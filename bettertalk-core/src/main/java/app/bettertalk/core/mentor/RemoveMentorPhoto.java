package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;

/** A mentor removes their photo; their page shows their initials again. Removing none is no error. */
@UseCase
public final class RemoveMentorPhoto {
    private final Mentors mentors;
    private final MentorPhotos photos;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;

    public RemoveMentorPhoto(Mentors mentors, MentorPhotos photos, AccessPolicy access, UnitOfWork unitOfWork) {
        this.mentors = mentors;
        this.photos = photos;
        this.access = access;
        this.unitOfWork = unitOfWork;
    }

    /** Input of {@link RemoveMentorPhoto}. */
    public record Command(Actor actor) {
        public Command {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public void remove(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        unitOfWork.inTransaction(() -> {
            mentors.byId(actor.id()).orElseThrow(MentorRules::notAMentor);
            photos.remove(actor.id());
            return null;
        });
    }
}
