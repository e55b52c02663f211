package app.bettertalk.web.booking;

import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.BookingStatus;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A confirmed booking whose chat window has ended reads "Ended" everywhere at once, while its row still says
 * CONFIRMED because the expiry sweep has not run.
 */
class ClockTrueStatusTest {
    private final TestSite site = new TestSite();
    private Browser ravi;
    private Browser asha;
    private Booking booking;

    @BeforeEach
    void aBookingWhoseWindowHasJustEnded() {
        ravi = site.mentorWithPlan("ravi_k", 2);
        asha = site.member("asha_k");
        var actor = site.core.identifyActor().identify(asha.userId(site.stores));
        var plan = site.stores.plans().ofMentor(ravi.userId(site.stores)).getFirst();
        var pending = site.core.bookPlan().book(new BookPlan.Command(actor, plan.id()));
        Confirmation confirmation = site.core.confirmBooking().confirm(new ConfirmBooking.Command(actor,
                pending.id(), SimulatedPayments.referenceFor(pending.id())));
        booking = confirmation.booking();
        site.clock.set(confirmation.chat().endsAt());
        // Two days on, the sign-in sessions have idled out: both come back.
        ravi = site.signedInAs(ravi.userId(site.stores));
        asha = site.signedInAs(asha.userId(site.stores));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_row_still_says_confirmed_since_no_sweep_ran() {
        assertThat(site.stores.bookings().byId(booking.id()).orElseThrow().status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void the_booking_page_says_ended() {
        var page = asha.get("/bookings/" + booking.id());

        assertThat(page.body()).contains("<dd id=\"status\">Ended</dd>").contains("data-status=\"ended\"");
    }

    @Test
    void the_sessions_tab_says_ended() {
        var page = asha.get("/profile?tab=sessions");

        assertThat(rowOf(page.body())).contains("Ended").doesNotContain("Active");
    }

    @Test
    void the_mentor_dashboard_says_ended() {
        var page = ravi.get("/mentor/dashboard");

        assertThat(rowOf(page.body())).contains("<td data-label=\"Status\">Ended</td>");
    }

    @Test
    void the_mentor_dashboards_chat_list_says_ended_as_the_chats_page_does() {
        var chat = site.stores.chatThreads().ofPair(booking.user(), booking.mentor()).orElseThrow();

        var dashboard = ravi.get("/mentor/dashboard").body();
        var chats = ravi.get("/chats").body();

        var start = dashboard.indexOf("<li id=\"chat-" + chat.id() + "\"");
        assertThat(dashboard.substring(start, dashboard.indexOf("</li>", start))).contains(">Ended</span>");
        assertThat(chats).contains(">Ended</span>");
    }

    @Test
    void the_api_says_ended_for_one_booking_and_in_the_list() {
        var one = asha.get("/api/v1/bookings/" + booking.id()).json();
        var list = asha.get("/api/v1/bookings").json();

        assertThat(one.get("status").asText()).isEqualTo("confirmed");
        assertThat(one.get("state").asText()).isEqualTo("ended");
        assertThat(list.at("/bookings/0/state").asText()).isEqualTo("ended");
    }

    @Test
    void the_notes_page_says_ended() {
        var chat = site.stores.chatThreads().ofPair(booking.user(), booking.mentor()).orElseThrow();

        var page = asha.get("/chat/" + chat.id() + "/notes");

        assertThat(page.body()).contains("Ended").doesNotContain("Confirmed");
    }

    private String rowOf(String page) {
        var start = page.indexOf("<tr id=\"booking-" + booking.id() + "\"");
        assertThat(start).as("row of booking " + booking.id()).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
