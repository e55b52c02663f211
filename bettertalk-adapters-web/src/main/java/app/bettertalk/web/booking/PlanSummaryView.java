package app.bettertalk.web.booking;

import app.bettertalk.core.mentor.PlanOffer;
import app.bettertalk.display.Rupees;

/**
 * The booking summary of a plan, display-ready; {@code cancellation}: its cancellation rule in the member's words;
 * {@code bookable}: the core says the viewer may book it.
 */
public record PlanSummaryView(String planId, String title, String description, String mentorId, String mentorName,
                              String price, String validity, String liveSession, String cancellation,
                              boolean bookable) {

    static PlanSummaryView of(PlanOffer offer) {
        var plan = offer.plan();
        return new PlanSummaryView(plan.id().toString(), plan.title(), plan.description(), plan.mentor().toString(),
                offer.mentorName(), Rupees.format(plan.price()), BookingWords.chatValidity(plan.chatWindowDays()),
                BookingWords.liveSession(plan.liveSessionMinutes()), plan.cancellationRule().words(),
                offer.bookable());
    }
}
