package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.MentorPage;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.display.Rupees;
import app.bettertalk.web.booking.BookingWords;

/** A plan as a card shows it. {@code bookable}: the core says the viewer may book it, so the card has a Book link. */
public record PlanCard(String id, String title, String description, String price, String validity,
                       String liveSession, boolean active, boolean bookable) {

    /** A plan on a mentor's page, bookable as the core's page says. */
    static PlanCard of(MentorPage.ShownPlan shown) {
        return of(shown.plan(), shown.bookable());
    }

    /** A row of the mentor's own dashboard, which has no Book link. */
    static PlanCard onDashboard(Plan plan) {
        return of(plan, false);
    }

    private static PlanCard of(Plan plan, boolean bookable) {
        return new PlanCard(plan.id().toString(), plan.title(), plan.description(), Rupees.format(plan.price()),
                BookingWords.chatValidity(plan.chatWindowDays()), BookingWords.liveSession(plan.liveSessionMinutes()),
                plan.active(), bookable);
    }
}
