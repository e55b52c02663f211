package app.bettertalk.web.booking;

import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.mentor.ViewPlan;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/** The booking summary of a plan and the step that turns it into a booking waiting for payment. */
final class BookPlanHandlers {
    private final ViewPlan viewPlan;
    private final BookPlan bookPlan;

    BookPlanHandlers(ViewPlan viewPlan, BookPlan bookPlan) {
        this.viewPlan = viewPlan;
        this.bookPlan = bookPlan;
    }

    /** {@code GET /book/{planId}}: only an active plan of a verified mentor is offered. */
    public void summary(Context ctx) {
        var plan = Requests.id(ctx, "planId", PlanId::parse);
        var offer = viewPlan.view(new ViewPlan.Query(Requests.actor(ctx), plan));
        ctx.render("booking/summary.jte", Map.of("frame", Requests.frame(ctx, "Book " + offer.plan().title()),
                "plan", PlanSummaryView.of(offer)));
    }

    /** {@code POST /book/{planId}}: a pending booking, then its page, where it is paid. */
    public void book(Context ctx) {
        var plan = Requests.id(ctx, "planId", PlanId::parse);
        var booking = bookPlan.book(new BookPlan.Command(Requests.actor(ctx), plan));
        ctx.redirect("/bookings/" + booking.id(), HttpStatus.SEE_OTHER);
    }
}
