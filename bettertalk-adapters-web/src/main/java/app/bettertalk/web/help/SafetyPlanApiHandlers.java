package app.bettertalk.web.help;

import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.core.safetyplan.SaveSafetyPlan;
import app.bettertalk.core.safetyplan.ViewSafetyPlan;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.Json;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.Optional;

/** {@code /api/v1/me/safety-plan}: one's own safety plan, read and replaced whole. */
final class SafetyPlanApiHandlers {
    private final ViewSafetyPlan viewSafetyPlan;
    private final SaveSafetyPlan saveSafetyPlan;

    SafetyPlanApiHandlers(ViewSafetyPlan viewSafetyPlan, SaveSafetyPlan saveSafetyPlan) {
        this.viewSafetyPlan = viewSafetyPlan;
        this.saveSafetyPlan = saveSafetyPlan;
    }

    /** The plan; every section empty and {@code updatedAt} null before the first save. */
    public record SafetyPlanJson(String warningSigns, String copingSteps, String peopleToCall,
                                 String reasonsForLiving, String safeSurroundings, Instant updatedAt) {
        static SafetyPlanJson of(Optional<SafetyPlan> plan) {
            var sections = plan.map(SafetyPlan::sections).orElse(SafetyPlan.Sections.EMPTY);
            return new SafetyPlanJson(sections.warningSigns(), sections.copingSteps(), sections.peopleToCall(),
                    sections.reasonsForLiving(), sections.safeSurroundings(),
                    plan.map(SafetyPlan::updatedAt).orElse(null));
        }
    }

    /** The body of a save: every section, so that one left out by mistake is never wiped. */
    public record SafetyPlanBody(String warningSigns, String copingSteps, String peopleToCall,
                                 String reasonsForLiving, String safeSurroundings) {
    }

    public void read(Context ctx) {
        var actor = Requests.actor(ctx);
        ctx.json(SafetyPlanJson.of(viewSafetyPlan.view(new ViewSafetyPlan.Query(actor, actor.id()))));
    }

    public void write(Context ctx) {
        var actor = Requests.actor(ctx);
        var body = Json.body(ctx, SafetyPlanBody.class);
        var sections = new SafetyPlan.Sections(required("warningSigns", body.warningSigns()),
                required("copingSteps", body.copingSteps()), required("peopleToCall", body.peopleToCall()),
                required("reasonsForLiving", body.reasonsForLiving()),
                required("safeSurroundings", body.safeSurroundings()));
        var saved = saveSafetyPlan.save(new SaveSafetyPlan.Command(actor, actor.id(), sections));
        ctx.json(SafetyPlanJson.of(Optional.of(saved)));
    }

    private static String required(String field, String text) {
        if (text == null) {
            throw new DomainException.Validation(field, "is required: the whole section, maybe empty");
        }
        return text;
    }
}
