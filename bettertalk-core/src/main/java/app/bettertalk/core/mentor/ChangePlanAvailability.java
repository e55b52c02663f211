package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/** A mentor activates or deactivates a plan; an inactive plan is hidden and cannot be booked. */
@UseCase
public final class ChangePlanAvailability {
    private final Plans plans;
    private final Mentors mentors;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangePlanAvailability(Plans plans, Mentors mentors, AccessPolicy access, UnitOfWork unitOfWork,
                                  Clock clock) {
        this.plans = plans;
        this.mentors = mentors;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link ChangePlanAvailability}: {@code active} false deactivates. */
    public record Command(Actor actor, PlanId plan, boolean active) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(plan, "plan");
        }
    }

    public Plan change(Command command) {
        access.requireOnboarded(command.actor());
        return unitOfWork.inTransaction(() -> {
            var plan = plans.byId(command.plan()).orElseThrow(() -> new DomainException.NotFound("plan"));
            var mentorVerified = mentors.byId(plan.mentor()).map(Mentor::verified).orElse(false);
            access.requirePlanOwner(command.actor(), plan.mentor(), mentorVerified, plan.active());
            var changed = plan.withActive(command.active(), clock.instant());
            if (changed != plan) {
                plans.update(changed);
            }
            return changed;
        });
    }
}
