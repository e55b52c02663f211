package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.Lookalikes;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * A mentor edits their own mentor profile, public name included (details without one keep the current name; a new
 * one may not look like another member's username or a reserved word, {@link Lookalikes}); verification is not theirs
 * to change.
 */
@UseCase
public final class EditMentorProfile {
    private final Mentors mentors;
    private final Lookalikes lookalikes;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public EditMentorProfile(Mentors mentors, Lookalikes lookalikes, AccessPolicy access, UnitOfWork unitOfWork,
                             Clock clock) {
        this.mentors = mentors;
        this.lookalikes = lookalikes;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link EditMentorProfile}. */
    public record Command(Actor actor, Mentor.Details details) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(details, "details");
        }
    }

    public Mentor edit(Command command) {
        access.requireOnboarded(command.actor());
        return unitOfWork.inTransaction(() -> {
            var mentor = mentors.byId(command.actor().id()).orElseThrow(MentorRules::notAMentor);
            var edited = mentor.edited(command.details(), clock.instant());
            if (!edited.publicName().equals(mentor.publicName())) {
                lookalikes.checkShownName("publicName", edited.publicName(), mentor.id());
            }
            mentors.update(edited);
            return edited;
        });
    }
}
