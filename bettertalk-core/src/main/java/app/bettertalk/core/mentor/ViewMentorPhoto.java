package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.util.Objects;

/**
 * Shows a mentor's photo to whoever may see the mentor's page, a visitor who has not signed in too; to anyone else,
 * and where there is no photo, it is not found.
 */
@UseCase
public final class ViewMentorPhoto {
    private final Mentors mentors;
    private final MentorPhotos photos;
    private final AccessPolicy access;

    public ViewMentorPhoto(Mentors mentors, MentorPhotos photos, AccessPolicy access) {
        this.mentors = mentors;
        this.photos = photos;
        this.access = access;
    }

    /** Input of {@link ViewMentorPhoto}; {@code actor} may be {@link Actor#visitor()}. */
    public record Query(Actor actor, UserId mentor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(mentor, "mentor");
        }
    }

    public ShownPhoto view(Query query) {
        var mentor = mentors.byId(query.mentor())
                .filter(found -> access.maySeeMentor(query.actor(), found.id(), found.verified()))
                .orElseThrow(() -> new DomainException.NotFound("photo"));
        var photo = photos.of(mentor.id()).orElseThrow(() -> new DomainException.NotFound("photo"));
        return new ShownPhoto(photo, access.maySeeMentor(Actor.visitor(), mentor.id(), mentor.verified()));
    }
}
