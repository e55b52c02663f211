package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;

/**
 * Shows one plan before booking: only an active plan of a verified mentor is offered; any other is not found, as
 * it would be on the mentor's page.
 */
@UseCase
public final class ViewPlan {
    private final Plans plans;
    private final Mentors mentors;
    private final AccessPolicy access;

    public ViewPlan(Plans plans, Mentors mentors, AccessPolicy access) {
        this.plans = plans;
        this.mentors = mentors;
        this.access = access;
    }

    /** Input of {@link ViewPlan}. */
    public record Query(Actor actor, PlanId plan) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(plan, "plan");
        }
    }

    public PlanOffer view(Query query) {
        var actor = query.actor();
        access.requireOnboarded(actor);
        var plan = plans.byId(query.plan()).filter(Plan::active)
                .orElseThrow(() -> new DomainException.NotFound("plan"));
        var mentor = mentors.byId(plan.mentor()).filter(Mentor::verified)
                .orElseThrow(() -> new DomainException.NotFound("plan"));
        // Only an active plan of a verified mentor gets this far.
        return new PlanOffer(plan, mentor.publicName(), access.mayBook(actor, plan.mentor(), true, plan.active()));
    }
}
