package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.display.Rupees;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;

/**
 * The plan form (create and edit) as typed; the price is in rupees, {@code 499} or {@code 499.50};
 * {@code cancellation} the code of the plan's cancellation rule.
 */
public record PlanForm(String title, String description, String price, String liveMinutes, String chatDays,
                       String cancellation) {
    public static final PlanForm EMPTY = new PlanForm("", "", "", "", "", CancellationRule.DEFAULT.code());

    /** One choice of cancellation rule, in the mentor's words. */
    public record RuleChoice(String code, String words, boolean chosen) {
    }

    static PlanForm typed(Context ctx) {
        var rule = Requests.form(ctx, "cancellation");
        return new PlanForm(Requests.form(ctx, "title"), Requests.form(ctx, "description"),
                Requests.form(ctx, "price"), Requests.form(ctx, "liveMinutes"), Requests.form(ctx, "chatDays"),
                rule.isEmpty() ? CancellationRule.DEFAULT.code() : rule);
    }

    /** The cancellation rules a mentor chooses from, the typed one chosen. */
    public List<RuleChoice> ruleChoices() {
        return Arrays.stream(CancellationRule.values()).map(rule -> new RuleChoice(rule.code(), switch (rule) {
            case UNTIL_MENTOR_REPLIES -> "Full refund until your first reply, or at any time if you take longer "
                    + "than 48 hours to reply (recommended)";
            case NO_REFUNDS -> "No refund once paid; you can still refund anyone yourself";
        }, rule.code().equals(cancellation))).toList();
    }

    static PlanForm of(Plan plan) {
        var price = plan.price().value();
        var rupees = price % 100 == 0 ? Long.toString(price / 100) : "%d.%02d".formatted(price / 100, price % 100);
        return new PlanForm(plan.title(), plan.description(), rupees,
                plan.liveSessionMinutes() > 0 ? Integer.toString(plan.liveSessionMinutes()) : "",
                Integer.toString(plan.chatWindowDays()), plan.cancellationRule().code());
    }

    /** The typed terms for the core, which checks their ranges; shapes that are not numbers are refused here. */
    Plan.Terms terms() {
        return new Plan.Terms(title, description, Rupees.parse("price", price),
                FormNumbers.optional("liveSessionMinutes", liveMinutes, "a whole number of minutes"),
                FormNumbers.required("chatWindowDays", chatDays, "a whole number of days"),
                CancellationRule.ofCode("cancellationRule", cancellation));
    }
}
