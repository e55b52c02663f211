package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.ChangePlanAvailability;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.EditPlan;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.mentor.ViewOwnPlan;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/** A mentor's plans: create, edit, activate and deactivate, each back to the dashboard when done. */
final class PlanHandlers {
    private static final String DASHBOARD_PLANS = "/mentor/dashboard#plans";

    private final CreatePlan createPlan;
    private final ViewOwnPlan viewOwnPlan;
    private final EditPlan editPlan;
    private final ChangePlanAvailability changePlanAvailability;

    PlanHandlers(CreatePlan createPlan, ViewOwnPlan viewOwnPlan, EditPlan editPlan,
                        ChangePlanAvailability changePlanAvailability) {
        this.createPlan = createPlan;
        this.viewOwnPlan = viewOwnPlan;
        this.editPlan = editPlan;
        this.changePlanAvailability = changePlanAvailability;
    }

    /** {@code POST /mentor/plans}. */
    public void create(Context ctx) {
        var typed = PlanForm.typed(ctx);
        try {
            createPlan.create(new CreatePlan.Command(Requests.actor(ctx), typed.terms()));
            ctx.redirect(DASHBOARD_PLANS, HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation refused) {
            ctx.status(ErrorMapper.status(refused));
            render(ctx, "New plan", "/mentor/plans", "Create plan", typed, FormErrors.message(refused));
        }
    }

    /** {@code GET /mentor/plans/{id}/edit}: whose plan may be edited is the core's to say. */
    public void editForm(Context ctx) {
        var planId = Requests.id(ctx, "id", PlanId::parse);
        var plan = viewOwnPlan.view(new ViewOwnPlan.Query(Requests.actor(ctx), planId));
        render(ctx, "Edit plan", "/mentor/plans/" + planId, "Save plan", PlanForm.of(plan), "");
    }

    /** {@code POST /mentor/plans/{id}}. */
    public void edit(Context ctx) {
        var planId = Requests.id(ctx, "id", PlanId::parse);
        var typed = PlanForm.typed(ctx);
        try {
            editPlan.edit(new EditPlan.Command(Requests.actor(ctx), planId, typed.terms()));
            ctx.redirect(DASHBOARD_PLANS, HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation refused) {
            ctx.status(ErrorMapper.status(refused));
            render(ctx, "Edit plan", "/mentor/plans/" + planId, "Save plan", typed, FormErrors.message(refused));
        }
    }

    /** {@code POST /mentor/plans/{id}/activate}. */
    public void activate(Context ctx) {
        changeAvailability(ctx, true);
    }

    /** {@code POST /mentor/plans/{id}/deactivate}. */
    public void deactivate(Context ctx) {
        changeAvailability(ctx, false);
    }

    private void changeAvailability(Context ctx, boolean active) {
        var planId = Requests.id(ctx, "id", PlanId::parse);
        changePlanAvailability.change(new ChangePlanAvailability.Command(Requests.actor(ctx), planId, active));
        ctx.redirect(DASHBOARD_PLANS, HttpStatus.SEE_OTHER);
    }

    private static void render(Context ctx, String title, String action, String submit, PlanForm form,
                               String error) {
        ctx.render("mentor/planForm.jte", Map.of("frame", Requests.frame(ctx, title), "action", action,
                "submit", submit, "form", form, "error", error));
    }
}
