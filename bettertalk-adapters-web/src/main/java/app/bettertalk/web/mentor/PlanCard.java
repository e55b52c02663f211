package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.MentorPage;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.display.Rupees;
import app.bettertalk.web.ReturnPath;
import app.bettertalk.web.booking.BookingWords;

import java.util.Optional;

/**
 * A plan as a card shows it; {@code cancellation} its cancellation rule in a few words. {@code bookable}: the core says the viewer may book it, so the card has a Book link.
 * {@code signInToBookUrl}: the core says the viewer could book it once signed in (and onboarded), so Book leads
 * there and back to this plan on the mentor's page; empty otherwise.
 */
public record PlanCard(String id, String title, String description, String price, String validity,
                       String liveSession, String cancellation, boolean active, boolean bookable,
                       String signInToBookUrl) {

    /**
     * A plan on the page of {@code mentorId}, bookable as the core's page says; {@code signedIn}: the viewer has a
     * session, so what is left for them before booking is onboarding rather than signing in.
     */
    static PlanCard of(MentorPage.ShownPlan shown, String mentorId, boolean signedIn) {
        var plan = shown.plan();
        var back = Optional.of("/mentor/" + mentorId + "#plan-" + plan.id());
        var signIn = shown.bookableOnceSignedIn()
                ? ReturnPath.to(signedIn ? "/onboarding" : "/signin", back) : "";
        return of(plan, shown.bookable(), signIn);
    }

    /** A row of the mentor's own dashboard, which has no Book link. */
    static PlanCard onDashboard(Plan plan) {
        return of(plan, false, "");
    }

    private static PlanCard of(Plan plan, boolean bookable, String signInToBookUrl) {
        return new PlanCard(plan.id().toString(), plan.title(), plan.description(), Rupees.format(plan.price()),
                BookingWords.chatValidity(plan.chatWindowDays()), BookingWords.liveSession(plan.liveSessionMinutes()),
                BookingWords.cancellation(plan.cancellationRule()), plan.active(), bookable, signInToBookUrl);
    }
}
