package app.bettertalk.web.review;

import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.booking.SimulatedPayments;

/**
 * Paid sessions on a {@link TestSite}, made through the core as the pages would make them, and the moving of its
 * clock past their chats. Browsers signed in afterwards get fresh sessions, since moving days ahead ends old ones.
 */
final class ReviewSessions {
    private final TestSite site;

    ReviewSessions(TestSite site) {
        this.site = site;
    }

    UserId idOf(Browser browser) {
        return browser.userId(site.stores);
    }

    /** {@code member} books the first plan of {@code mentor} and pays for it. */
    Confirmation paid(Browser member, Browser mentor) {
        var actor = site.core.identifyActor().identify(idOf(member));
        var plan = site.stores.plans().ofMentor(idOf(mentor)).getFirst();
        var booking = site.core.bookPlan().book(new BookPlan.Command(actor, plan.id()));
        return site.core.confirmBooking().confirm(new ConfirmBooking.Command(actor, booking.id(),
                SimulatedPayments.referenceFor(booking.id())));
    }

    /** A paid session whose chat has just ended by the clock. */
    Booking ended(Browser member, Browser mentor) {
        var confirmation = paid(member, mentor);
        site.clock.set(confirmation.chat().endsAt());
        return confirmation.booking();
    }

    /** The person behind {@code browser}, in a fresh browser with a session started now. */
    Browser again(Browser browser) {
        var fresh = site.signedInAs(idOf(browser));
        fresh.get("/api/v1/me");
        return fresh;
    }
}
