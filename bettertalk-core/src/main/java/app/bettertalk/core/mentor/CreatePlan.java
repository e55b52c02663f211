package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/** A mentor offers a new plan; it is active at once, and bookable once the mentor is verified. */
@UseCase
public final class CreatePlan {
    private final Mentors mentors;
    private final Plans plans;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CreatePlan(Mentors mentors, Plans plans, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.mentors = mentors;
        this.plans = plans;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link CreatePlan}. */
    public record Command(Actor actor, Plan.Terms terms) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(terms, "terms");
        }
    }

    public Plan create(Command command) {
        access.requireOnboarded(command.actor());
        return unitOfWork.inTransaction(() -> {
            var mentor = mentors.byId(command.actor().id()).orElseThrow(MentorRules::notAMentor);
            var plan = Plan.offered(PlanId.random(), mentor.id(), command.terms(), clock.instant());
            plans.add(plan);
            return plan;
        });
    }
}
