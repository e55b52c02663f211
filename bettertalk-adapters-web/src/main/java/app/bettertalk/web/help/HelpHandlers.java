package app.bettertalk.web.help;

import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.core.safetyplan.SaveSafetyPlan;
import app.bettertalk.core.safetyplan.ViewSafetyPlan;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Get help now" page: the helplines for anyone, then, for a member, their own safety plan and the form that
 * changes it. Who keeps a plan is the core's to say: a visitor or someone still onboarding is refused by it, and the
 * page invites them instead, so the helplines never depend on being signed in.
 */
final class HelpHandlers {
    static final String TITLE = "Get help now";

    private final List<Helpline> helplines;
    private final ViewSafetyPlan viewSafetyPlan;
    private final SaveSafetyPlan saveSafetyPlan;

    HelpHandlers(List<Helpline> helplines, ViewSafetyPlan viewSafetyPlan, SaveSafetyPlan saveSafetyPlan) {
        this.helplines = List.copyOf(helplines);
        this.viewSafetyPlan = viewSafetyPlan;
        this.saveSafetyPlan = saveSafetyPlan;
    }

    /** {@code GET /help}. */
    public void page(Context ctx) {
        var actor = Requests.actorOrVisitor(ctx);
        SafetyPlanPart plan;
        try {
            plan = SafetyPlanPart.of(viewSafetyPlan.view(new ViewSafetyPlan.Query(actor, actor.id())),
                    "1".equals(ctx.queryParam("saved")));
        } catch (DomainException.Forbidden notYet) {
            plan = SafetyPlanPart.notKept();
        }
        render(ctx, plan);
    }

    /** {@code POST /help/plan}: the whole plan at once; a refusal shows the form again with everything typed. */
    public void save(Context ctx) {
        var actor = Requests.actor(ctx);
        var typed = new LinkedHashMap<String, String>();
        SafetyPlanPart.fields().forEach(field -> typed.put(field, Requests.form(ctx, field)));
        try {
            var sections = new SafetyPlan.Sections(typed.get("warningSigns"), typed.get("copingSteps"),
                    typed.get("peopleToCall"), typed.get("reasonsForLiving"), typed.get("safeSurroundings"));
            saveSafetyPlan.save(new SaveSafetyPlan.Command(actor, actor.id(), sections));
            ctx.redirect("/help?saved=1#safety-plan", HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation refused) {
            ctx.status(ErrorMapper.status(refused));
            render(ctx, SafetyPlanPart.retyped(typed, SafetyPlanPart.title(refused.field()) + " "
                    + refused.rule() + ". Your plan is not saved yet; everything you wrote is still here."));
        }
    }

    private void render(Context ctx, SafetyPlanPart plan) {
        ctx.render("help/help.jte", Map.of("frame", Requests.frame(ctx, TITLE), "helplines", helplines,
                "plan", plan));
    }
}
