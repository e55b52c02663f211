package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;

/**
 * Shows a mentor one of their own plans as it is stored, active or not, to fill the form that edits it; anyone else,
 * an admin too, finds no such plan.
 */
@UseCase
public final class ViewOwnPlan {
    private final Plans plans;
    private final AccessPolicy access;

    public ViewOwnPlan(Plans plans, AccessPolicy access) {
        this.plans = plans;
        this.access = access;
    }

    /** Input of {@link ViewOwnPlan}. */
    public record Query(Actor actor, PlanId plan) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(plan, "plan");
        }
    }

    public Plan view(Query query) {
        access.requireOnboarded(query.actor());
        var plan = plans.byId(query.plan()).orElseThrow(() -> new DomainException.NotFound("plan"));
        access.requireOwnPlan(query.actor(), plan.mentor());
        return plan;
    }
}
