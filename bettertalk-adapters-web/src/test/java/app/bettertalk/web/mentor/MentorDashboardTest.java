package app.bettertalk.web.mentor;

import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.booking.SimulatedPayments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentorDashboardTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void someone_who_is_no_mentor_is_pointed_to_applying() {
        var asha = site.member("asha");

        var page = asha.get("/mentor/dashboard");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("id=\"not-a-mentor\"").contains("href=\"/mentor/apply\"");
    }

    @Test
    void a_verified_mentor_sees_their_plans_with_edit_and_deactivate() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        var plan = planOf(ravi);

        var page = ravi.get("/mentor/dashboard");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"verified-status\"").contains("id=\"plan-" + plan.id() + "\"")
                .contains("7 days of chat").contains("₹499").contains("href=\"/mentor/plans/" + plan.id() + "/edit\"")
                .contains("action=\"/mentor/plans/" + plan.id() + "/deactivate\"")
                .contains("action=\"/mentor/plans\"").contains("href=\"/mentor/" + idOf(ravi) + "\"");
    }

    @Test
    void the_dashboard_shows_the_mentor_profile_in_its_edit_form() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var page = ravi.get("/mentor/dashboard");

        assertThat(page.body()).contains("action=\"/mentor/profile\"")
                .contains("value=\"Listener for hard days\"").contains("value=\"anxiety, breakup\"")
                .contains("value=\"English, Hindi\"").contains("value=\"8\"");
    }

    @Test
    void editing_the_mentor_profile_saves_it_and_returns_to_the_dashboard() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        ravi.get("/mentor/dashboard");

        var saved = ravi.postForm("/mentor/profile", "headline", "Grief and loss", "bio", "New bio.",
                "expertise", "grief", "languages", "Marathi", "experience", "9");

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/mentor/dashboard");
        var mentor = site.stores.mentors().byId(idOf(ravi)).orElseThrow();
        assertThat(mentor.headline()).isEqualTo("Grief and loss");
        assertThat(mentor.languages()).containsExactly("Marathi");
        assertThat(mentor.verified()).isTrue();
    }

    @Test
    void a_refused_profile_edit_comes_back_with_the_reason_and_what_was_typed() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        ravi.get("/mentor/dashboard");

        var page = ravi.postForm("/mentor/profile", "headline", "Grief", "bio", "", "expertise", "grief",
                "languages", "Marathi", "experience", "");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("About you must not be blank.").contains("value=\"Grief\"")
                .contains("action=\"/mentor/profile\"");
    }

    @Test
    void someone_who_is_no_mentor_cannot_edit_a_mentor_profile() {
        var asha = site.member("asha");
        asha.get("/mentor/apply");

        var page = asha.postForm("/mentor/profile", "headline", "Grief", "bio", "Bio", "expertise", "",
                "languages", "", "experience", "");

        assertThat(page.status()).isEqualTo(403);
        assertThat(site.stores.mentors().byId(idOf(asha))).isEmpty();
    }

    @Test
    void the_dashboard_lists_the_bookings_made_with_the_mentor_and_who_made_them() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        var asha = site.member("asha");
        var booking = site.core.bookPlan().book(new BookPlan.Command(actor(asha), planOf(ravi).id()));

        var page = ravi.get("/mentor/dashboard");

        assertThat(page.body()).contains("id=\"booking-" + booking.id() + "\"").contains("<td data-label=\"Booked by\">asha</td>")
                .contains("Awaiting payment").contains("href=\"/bookings/" + booking.id() + "\"");
    }

    @Test
    void the_dashboard_lists_the_mentors_chats_with_the_countdown_and_links_to_chat_and_notes() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        var asha = site.member("asha");
        var booking = site.core.bookPlan().book(new BookPlan.Command(actor(asha), planOf(ravi).id()));
        var chat = site.core.confirmBooking().confirm(new ConfirmBooking.Command(actor(asha), booking.id(),
                SimulatedPayments.referenceFor(booking.id()))).chat();

        var page = ravi.get("/mentor/dashboard");

        assertThat(page.body()).contains("id=\"chat-" + chat.id() + "\"")
                .contains("Free chat available for next 7 days").contains("href=\"/chat/" + chat.id() + "\"")
                .contains("href=\"/chat/" + chat.id() + "/notes\"").contains("Active");
    }

    @Test
    void a_signed_out_visitor_is_sent_to_sign_in() {
        var page = site.visitor().get("/mentor/dashboard");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/signin?return=%2Fmentor%2Fdashboard");
    }

    @Test
    void someone_who_has_not_onboarded_is_sent_to_onboarding() {
        var page = site.newcomer("nila").get("/mentor/dashboard");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/onboarding?return=%2Fmentor%2Fdashboard");
    }

    private UserId idOf(Browser browser) {
        return browser.userId(site.stores);
    }

    private app.bettertalk.core.access.Actor actor(Browser browser) {
        return site.core.identifyActor().identify(idOf(browser));
    }

    private Plan planOf(Browser mentor) {
        return site.stores.plans().ofMentor(idOf(mentor)).getFirst();
    }

    @Test
    void the_plans_have_a_page_of_their_own_at_the_specifications_address() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        var plan = planOf(ravi);

        var page = ravi.get("/mentor/dashboard/plans");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Your plans</h1>").contains("id=\"plan-" + plan.id() + "\"")
                .contains("id=\"new-plan-form\"").doesNotContain("id=\"booking-list\"");
    }

    @Test
    void someone_who_is_no_mentor_is_pointed_to_applying_from_the_plans_page() {
        var page = site.member("asha").get("/mentor/dashboard/plans");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("id=\"not-a-mentor\"");
    }

    @Test
    void the_profile_form_shows_the_public_name_and_saves_a_new_one() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        var form = ravi.get("/mentor/dashboard").body();

        var saved = ravi.postForm("/mentor/profile", "publicName", "Ravi Kumar", "headline", "Still here", "bio",
                "I listen.", "expertise", "grief", "languages", "Hindi", "experience", "9");

        assertThat(form).contains("name=\"publicName\" value=\"ravi_k\"");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(site.member("asha").get("/mentor/" + ravi.userId(site.stores)).body()).contains("Ravi Kumar");
    }

    @Test
    void a_public_name_of_one_letter_is_refused_with_what_was_typed_kept() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        ravi.get("/mentor/dashboard");

        var refused = ravi.postForm("/mentor/profile", "publicName", "R", "headline", "Still here", "bio",
                "Kept bio.", "expertise", "grief", "languages", "Hindi", "experience", "9");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Public name must be 2 to 60 characters on one line.")
                .contains("name=\"publicName\" value=\"R\"").contains("Kept bio.");
    }
}
