package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.util.List;
import java.util.Objects;

/**
 * Shows a mentor's page. A verified mentor's page is public: anyone sees it, visitors who have not signed in too;
 * an unverified one only themselves and admins, so nobody books or trusts a mentor nobody has checked.
 */
@UseCase
public final class ViewMentor {
    private final Mentors mentors;
    private final Plans plans;
    private final MentorPhotos photos;
    private final AccessPolicy access;

    public ViewMentor(Mentors mentors, Plans plans, MentorPhotos photos, AccessPolicy access) {
        this.mentors = mentors;
        this.plans = plans;
        this.photos = photos;
        this.access = access;
    }

    /** Input of {@link ViewMentor}; {@code actor} may be {@link Actor#visitor()}. */
    public record Query(Actor actor, UserId mentor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(mentor, "mentor");
        }
    }

    public MentorPage view(Query query) {
        var actor = query.actor();
        var mentor = mentors.byId(query.mentor())
                .filter(found -> access.maySeeMentor(actor, found.id(), found.verified()))
                .orElseThrow(() -> new DomainException.NotFound("mentor"));
        var shown = plans.ofMentor(mentor.id()).stream()
                .filter(plan -> plan.active() || access.maySeeInactivePlans(actor, mentor.id()))
                .map(plan -> new MentorPage.ShownPlan(plan,
                        access.mayBook(actor, mentor.id(), mentor.verified(), plan.active()),
                        access.mayBookOnceSignedIn(actor, mentor.verified(), plan.active())))
                .toList();
        var photo = photos.versionsOf(List.of(mentor.id())).getOrDefault(mentor.id(), "");
        return new MentorPage(mentor, mentor.publicName(), shown, actor.is(mentor.id()), photo);
    }
}
