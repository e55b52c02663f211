package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * A mentor uploads a photo of themselves: a JPEG or PNG of at most 2 MB, kept as a square {@link Portrait} that
 * replaces any earlier one. Only a mentor has a photo; members stay faceless as they stay anonymous.
 */
@UseCase
public final class ChangeMentorPhoto {
    /** The largest upload taken: 2 MB. */
    public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

    private final Mentors mentors;
    private final MentorPhotos photos;
    private final PhotoCropper cropper;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeMentorPhoto(Mentors mentors, MentorPhotos photos, PhotoCropper cropper, AccessPolicy access,
                             UnitOfWork unitOfWork, Clock clock) {
        this.mentors = mentors;
        this.photos = photos;
        this.cropper = cropper;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link ChangeMentorPhoto}: the uploaded file's bytes, not yet decoded. */
    public record Command(Actor actor, byte[] upload) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            if (upload == null || upload.length == 0) {
                throw new DomainException.Validation("photo", "must be a JPEG or PNG image; none was chosen");
            }
            if (upload.length > MAX_UPLOAD_BYTES) {
                throw new DomainException.Validation("photo", "must be at most 2 MB");
            }
        }
    }

    public MentorPhoto change(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        if (mentors.byId(actor.id()).isEmpty()) {
            throw MentorRules.notAMentor();
        }
        // Decoding is the slow part and touches no data: it runs before the unit of work, not inside it.
        var portrait = cropper.crop(command.upload());
        return unitOfWork.inTransaction(() -> {
            mentors.byId(actor.id()).orElseThrow(MentorRules::notAMentor);
            var photo = MentorPhoto.of(actor.id(), portrait, clock.instant());
            photos.put(photo);
            return photo;
        });
    }
}
