package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.Plan;
import app.bettertalk.display.Rupees;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;

/** The plan form (create and edit) as typed; the price is in rupees, {@code 499} or {@code 499.50}. */
public record PlanForm(String title, String description, String price, String liveMinutes, String chatDays) {
    public static final PlanForm EMPTY = new PlanForm("", "", "", "", "");

    static PlanForm typed(Context ctx) {
        return new PlanForm(Requests.form(ctx, "title"), Requests.form(ctx, "description"),
                Requests.form(ctx, "price"), Requests.form(ctx, "liveMinutes"), Requests.form(ctx, "chatDays"));
    }

    static PlanForm of(Plan plan) {
        var price = plan.price().value();
        var rupees = price % 100 == 0 ? Long.toString(price / 100) : "%d.%02d".formatted(price / 100, price % 100);
        return new PlanForm(plan.title(), plan.description(), rupees,
                plan.liveSessionMinutes() > 0 ? Integer.toString(plan.liveSessionMinutes()) : "",
                Integer.toString(plan.chatWindowDays()));
    }

    /** The typed terms for the core, which checks their ranges; shapes that are not numbers are refused here. */
    Plan.Terms terms() {
        return new Plan.Terms(title, description, Rupees.parse("price", price),
                FormNumbers.optional("liveSessionMinutes", liveMinutes, "a whole number of minutes"),
                FormNumbers.required("chatWindowDays", chatDays, "a whole number of days"));
    }
}
