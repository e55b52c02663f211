package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.identity.Lookalikes;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * A user applies to mentor: they get a mentor profile and role MENTOR, unverified until an admin verifies. Without a
 * public name of their own they are shown by their account's name; one they give may not look like another member's
 * username or a reserved word ({@link Lookalikes}).
 */
@UseCase
public final class ApplyAsMentor {
    private final Users users;
    private final Mentors mentors;
    private final Lookalikes lookalikes;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ApplyAsMentor(Users users, Mentors mentors, Lookalikes lookalikes, AccessPolicy access,
                         UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.mentors = mentors;
        this.lookalikes = lookalikes;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link ApplyAsMentor}. */
    public record Command(Actor actor, Mentor.Details details) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(details, "details");
        }
    }

    public Mentor apply(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        return unitOfWork.inTransaction(() -> {
            var now = clock.instant();
            var user = users.byId(actor.id()).orElseThrow(() -> new DomainException.NotFound("user"));
            if (mentors.byId(user.id()).isPresent()) {
                throw new DomainException.Conflict("already_a_mentor", "You have already applied to mentor.");
            }
            var mentor = Mentor.applied(user.id(), command.details().orName(MentorRules.defaultName(user)), now);
            // The account's own name, taken when none is given, was chosen under the rules of its own day.
            if (!command.details().publicName().isEmpty()) {
                lookalikes.checkShownName("publicName", mentor.publicName(), user.id());
            }
            mentors.add(mentor);
            if (user.role() == Role.USER) {
                users.update(user.withRole(Role.MENTOR, now));
            }
            return mentor;
        });
    }
}
