package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
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
    private final Users users;
    private final AccessPolicy access;

    public ViewPlan(Plans plans, Mentors mentors, Users users, AccessPolicy access) {
        this.plans = plans;
        this.mentors = mentors;
        this.users = users;
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
                .filter(found -> mentors.byId(found.mentor()).map(Mentor::verified).orElse(false))
                .orElseThrow(() -> new DomainException.NotFound("plan"));
        // Only an active plan of a verified mentor gets this far.
        return new PlanOffer(plan, users.byId(plan.mentor()).map(User::publicName).orElse(""),
                access.mayBook(actor, plan.mentor(), true, plan.active()));
    }
}
