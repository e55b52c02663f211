package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.ChangePlanAvailability;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.EditPlan;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.mentor.ViewMentor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Json;
import app.bettertalk.web.Requests;
import app.bettertalk.web.WebRefusal;
import app.bettertalk.web.api.ApiInput;
import io.javalin.http.Context;

import java.util.List;

/**
 * The API for mentors: a mentor's page, applying to mentor, one's own plans under {@code /api/v1/me/plans}, and an
 * admin's verification.
 */
final class MentorApiHandlers {
    private final ViewMentor viewMentor;
    private final ApplyAsMentor applyAsMentor;
    private final CreatePlan createPlan;
    private final EditPlan editPlan;
    private final ChangePlanAvailability changePlanAvailability;
    private final VerifyMentor verifyMentor;

    MentorApiHandlers(ViewMentor viewMentor, ApplyAsMentor applyAsMentor, CreatePlan createPlan,
                             EditPlan editPlan, ChangePlanAvailability changePlanAvailability,
                             VerifyMentor verifyMentor) {
        this.viewMentor = viewMentor;
        this.applyAsMentor = applyAsMentor;
        this.createPlan = createPlan;
        this.editPlan = editPlan;
        this.changePlanAvailability = changePlanAvailability;
        this.verifyMentor = verifyMentor;
    }

    public void view(Context ctx) {
        var page = viewMentor.view(new ViewMentor.Query(Requests.actor(ctx), mentor(ctx)));
        ctx.json(MentorJson.MentorProfile.of(page));
    }

    public void apply(Context ctx) {
        var application = Json.body(ctx, MentorJson.Application.class);
        var resumed = Requests.session(ctx).orElseThrow(WebRefusal::signedOut);
        var mentor = applyAsMentor.apply(new ApplyAsMentor.Command(resumed.actor(), application.details()));
        ApiInput.created(ctx, "/api/v1/mentors/" + mentor.id(),
                MentorJson.MentorProfile.of(mentor, "", List.of()));
    }

    /** One's own plans, inactive ones included. */
    public void myPlans(Context ctx) {
        var actor = Requests.actor(ctx);
        ctx.json(MentorJson.Plans.of(viewMentor.view(new ViewMentor.Query(actor, actor.id())).plans()));
    }

    public void createPlan(Context ctx) {
        var terms = Json.body(ctx, MentorJson.PlanTerms.class);
        var actor = Requests.actor(ctx);
        var plan = ApiInput.naming(field -> termsField("", field),
                () -> createPlan.create(new CreatePlan.Command(actor, terms.terms())));
        ApiInput.created(ctx, MentorJson.PlanJson.of(plan));
    }

    /** New terms, then the active flag, as sent; each is its own change, as on the dashboard. */
    public void changePlan(Context ctx) {
        var plan = Requests.id(ctx, "id", PlanId::parse);
        var change = Json.body(ctx, MentorJson.PlanChange.class);
        if (change.terms() == null && change.active() == null) {
            throw new DomainException.Validation("terms", "send new terms, active, or both");
        }
        var actor = Requests.actor(ctx);
        var changed = change.terms() == null ? null : ApiInput.naming(field -> termsField("terms.", field),
                () -> editPlan.edit(new EditPlan.Command(actor, plan, change.terms().terms())));
        if (change.active() != null) {
            changed = changePlanAvailability.change(new ChangePlanAvailability.Command(actor, plan, change.active()));
        }
        ctx.json(MentorJson.PlanJson.of(changed));
    }

    public void verify(Context ctx) {
        var mentor = mentor(ctx);
        var request = Json.body(ctx, MentorJson.VerificationRequest.class);
        var decided = verifyMentor.verify(new VerifyMentor.Command(Requests.actor(ctx), mentor,
                ApiInput.flag("verified", request.verified())));
        ctx.json(MentorJson.Verification.of(decided));
    }

    /** The JSON name of a plan term the core refused: where it sits in the body, with the price in paise. */
    private static String termsField(String prefix, String coreField) {
        return prefix + ("price".equals(coreField) ? "pricePaise" : coreField);
    }

    private static UserId mentor(Context ctx) {
        return Requests.id(ctx, "id", text -> UserId.parse("mentor", text));
    }
}
