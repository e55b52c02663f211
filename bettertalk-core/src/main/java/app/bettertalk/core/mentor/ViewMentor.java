package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.util.Objects;

/**
 * Shows a mentor's page. A verified mentor is shown to every onboarded person; an unverified one only to
 * themselves and admins, so nobody books or trusts a mentor nobody has checked.
 */
@UseCase
public final class ViewMentor {
    private final Users users;
    private final Mentors mentors;
    private final Plans plans;
    private final AccessPolicy access;

    public ViewMentor(Users users, Mentors mentors, Plans plans, AccessPolicy access) {
        this.users = users;
        this.mentors = mentors;
        this.plans = plans;
        this.access = access;
    }

    /** Input of {@link ViewMentor}. */
    public record Query(Actor actor, UserId mentor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(mentor, "mentor");
        }
    }

    public MentorPage view(Query query) {
        var actor = query.actor();
        access.requireOnboarded(actor);
        var own = actor.is(query.mentor());
        var mentor = mentors.byId(query.mentor())
                .filter(found -> access.maySeeMentor(actor, found.id(), found.verified()))
                .orElseThrow(() -> new DomainException.NotFound("mentor"));
        var name = users.byId(mentor.id()).map(User::publicName).orElse("");
        var shown = plans.ofMentor(mentor.id()).stream()
                .filter(plan -> plan.active() || access.maySeeInactivePlans(actor, mentor.id()))
                .map(plan -> new MentorPage.ShownPlan(plan,
                        access.mayBook(actor, mentor.id(), mentor.verified(), plan.active())))
                .toList();
        return new MentorPage(mentor, name, shown, own);
    }
}
