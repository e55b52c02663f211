package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.Objects;

/** An admin verifies a mentor, making their active plans bookable, or takes the verification back. */
@UseCase
public final class VerifyMentor {
    private final Mentors mentors;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public VerifyMentor(Mentors mentors, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.mentors = mentors;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link VerifyMentor}: {@code verified} false unverifies. */
    public record Command(Actor actor, UserId mentor, boolean verified) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(mentor, "mentor");
        }
    }

    /** Sets the badge; setting it to what it already is changes nothing. */
    public Mentor verify(Command command) {
        access.requireAdmin(command.actor());
        return unitOfWork.inTransaction(() -> {
            var mentor = mentors.byId(command.mentor()).orElseThrow(() -> new DomainException.NotFound("mentor"));
            var decided = mentor.withVerified(command.verified(), clock.instant());
            if (decided != mentor) {
                mentors.update(decided);
            }
            return decided;
        });
    }
}
