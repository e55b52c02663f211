package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.Plan;
import app.bettertalk.display.Rupees;
import app.bettertalk.web.booking.BookingWords;

/**
 * A plan as a card shows it. {@code bookable}: the viewer may be offered the Book link (an active plan on someone
 * else's page).
 */
public record PlanCard(String id, String title, String description, String price, String validity,
                       String liveSession, boolean active, boolean bookable) {

    static PlanCard of(Plan plan, boolean offeredToViewer) {
        return new PlanCard(plan.id().toString(), plan.title(), plan.description(), Rupees.format(plan.price()),
                BookingWords.chatValidity(plan.chatWindowDays()), BookingWords.liveSession(plan.liveSessionMinutes()),
                plan.active(), offeredToViewer && plan.active());
    }
}
