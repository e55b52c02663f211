package app.bettertalk.core.safetyplan;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.util.Objects;
import java.util.Optional;

/** A member reads their own safety plan; to anyone else, an admin too, there is no such plan. */
@UseCase
public final class ViewSafetyPlan {
    private final SafetyPlans plans;
    private final AccessPolicy access;

    public ViewSafetyPlan(SafetyPlans plans, AccessPolicy access) {
        this.plans = plans;
        this.access = access;
    }

    /** Input of {@link ViewSafetyPlan}: who asks, and whose plan (the pages always ask for the asker's own). */
    public record Query(Actor actor, UserId owner) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(owner, "owner");
        }
    }

    /** The plan as last saved; empty until its owner saves one. */
    public Optional<SafetyPlan> view(Query query) {
        access.requireSafetyPlanOwner(query.actor(), query.owner());
        return plans.of(query.owner());
    }
}
