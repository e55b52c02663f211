package app.bettertalk.core.safetyplan;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.Objects;

/** A member saves their safety plan, the whole of it at once; nobody else may, an admin neither. */
@UseCase
public final class SaveSafetyPlan {
    private final SafetyPlans plans;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SaveSafetyPlan(SafetyPlans plans, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link SaveSafetyPlan}: whose plan (the asker's own) and every section as it is to be kept. */
    public record Command(Actor actor, UserId owner, SafetyPlan.Sections sections) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(sections, "sections");
        }
    }

    public SafetyPlan save(Command command) {
        return unitOfWork.inTransaction(() -> {
            access.requireSafetyPlanOwner(command.actor(), command.owner());
            var plan = new SafetyPlan(command.owner(), command.sections(), clock.instant());
            plans.save(plan);
            return plan;
        });
    }
}
