package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.MentorPage;
import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.web.api.PriceJson;

import java.util.List;

/** The JSON shapes of mentors, their plans and their verification in the API. */
public final class MentorJson {
    private MentorJson() {
    }

    /**
     * A mentor's page: their public name, photo URL (empty without a photo) and profile, and the plans the viewer
     * may see.
     */
    public record MentorProfile(String id, String name, String photoUrl, String headline, String bio,
                                List<String> expertise, List<String> languages, int experienceYears, boolean verified,
                                List<PlanJson> plans) {
        static MentorProfile of(MentorPage page) {
            return of(page.mentor(), page.hasPhoto()
                    ? MentorProfileView.photoUrl(page.mentor().id().toString(), page.photoVersion()) : "",
                    page.plans());
        }

        static MentorProfile of(Mentor mentor, String photoUrl, List<Plan> plans) {
            return new MentorProfile(mentor.id().toString(), mentor.publicName(), photoUrl, mentor.headline(),
                    mentor.bio(),
                    mentor.expertise(), mentor.languages(), mentor.experienceYears(), mentor.verified(),
                    plans.stream().map(PlanJson::of).toList());
        }
    }

    /** A plan; {@code cancellationRule} is {@code until_mentor_replies} (the default) or {@code no_refunds}. */
    public record PlanJson(String id, String mentorId, String title, String description, PriceJson price,
                           int liveSessionMinutes, int chatWindowDays, String cancellationRule, boolean active) {
        static PlanJson of(Plan plan) {
            return new PlanJson(plan.id().toString(), plan.mentor().toString(), plan.title(), plan.description(),
                    PriceJson.of(plan.price()), plan.liveSessionMinutes(), plan.chatWindowDays(),
                    plan.cancellationRule().code(), plan.active());
        }
    }

    public record Plans(List<PlanJson> plans) {
        static Plans of(List<Plan> plans) {
            return new Plans(plans.stream().map(PlanJson::of).toList());
        }
    }

    /**
     * {@code POST /api/v1/mentors}: applying to mentor. {@code publicName} left out: the account's name.
     * {@code experienceYears} 0 or left out: not stated.
     */
    public record Application(String publicName, String headline, String bio, List<String> expertise,
                              List<String> languages, Integer experienceYears) {
        Mentor.Details details() {
            return new Mentor.Details(publicName, headline, bio, expertise, languages, orZero(experienceYears));
        }
    }

    /**
     * A plan's terms as a mentor sets them; the price in integer paise (₹499 is 49900). A number left out is 0,
     * which the core accepts only for {@code liveSessionMinutes} (no live session); a {@code cancellationRule} left
     * out is the default, {@code until_mentor_replies}.
     */
    public record PlanTerms(String title, String description, Long pricePaise, Integer liveSessionMinutes,
                            Integer chatWindowDays, String cancellationRule) {
        Plan.Terms terms() {
            return new Plan.Terms(title, description, new Paise(pricePaise == null ? 0 : pricePaise),
                    orZero(liveSessionMinutes), orZero(chatWindowDays), cancellationRule == null
                    ? CancellationRule.DEFAULT : CancellationRule.ofCode("cancellationRule", cancellationRule));
        }
    }

    private static int orZero(Integer number) {
        return number == null ? 0 : number;
    }

    /** {@code PATCH /api/v1/me/plans/{id}}: new terms (all of them), a new active flag, or both. */
    public record PlanChange(PlanTerms terms, Boolean active) {
    }

    /** {@code POST /api/v1/admin/mentors/{id}/verification}. */
    public record VerificationRequest(Boolean verified) {
    }

    public record Verification(String mentorId, boolean verified) {
        static Verification of(Mentor mentor) {
            return new Verification(mentor.id().toString(), mentor.verified());
        }
    }
}
