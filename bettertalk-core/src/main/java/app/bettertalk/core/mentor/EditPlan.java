package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/** A mentor changes a plan's terms; bookings already made keep theirs. */
@UseCase
public final class EditPlan {
    private final Plans plans;
    private final Mentors mentors;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public EditPlan(Plans plans, Mentors mentors, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.plans = plans;
        this.mentors = mentors;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link EditPlan}. */
    public record Command(Actor actor, PlanId plan, Plan.Terms terms) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(terms, "terms");
        }
    }

    public Plan edit(Command command) {
        access.requireOnboarded(command.actor());
        return unitOfWork.inTransaction(() -> {
            var plan = plans.byId(command.plan()).orElseThrow(() -> new DomainException.NotFound("plan"));
            var mentorVerified = mentors.byId(plan.mentor()).map(Mentor::verified).orElse(false);
            access.requirePlanOwner(command.actor(), plan.mentor(), mentorVerified, plan.active());
            var edited = plan.withTerms(command.terms(), clock.instant());
            plans.update(edited);
            return edited;
        });
    }
}
