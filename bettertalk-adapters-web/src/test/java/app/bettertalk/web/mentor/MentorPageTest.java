package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.ChangePlanAvailability;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentorPageTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_verified_mentors_page_shows_their_profile_to_a_member() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        var asha = site.member("asha");

        var page = asha.get("/mentor/" + idOf(ravi));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"mentor-initials\">RK</span>")
                .contains("ravi_k").contains("Listener for hard days").contains("Years of peer support.")
                .contains("<li>anxiety</li>").contains("<li>breakup</li>").contains("English, Hindi")
                .contains("8 years").contains("id=\"verified-badge\"");
    }

    @Test
    void a_verified_mentors_plans_are_cards_with_price_validity_and_a_book_link() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        var plan = plansOf(ravi).getFirst();
        var asha = site.member("asha");

        var page = asha.get("/mentor/" + idOf(ravi));

        assertThat(page.body()).contains("id=\"plan-" + plan.id() + "\"").contains("7 days of chat").contains("₹499")
                .contains("30-minute live session").contains("Text support when you need it.")
                .contains("href=\"/book/" + plan.id() + "\"");
    }

    @Test
    void an_unverified_mentors_page_is_not_found_by_others() {
        var nila = unverifiedMentor("nila");
        var asha = site.member("asha");

        var page = asha.get("/mentor/" + idOf(nila));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Listener");
    }

    @Test
    void an_unverified_mentor_sees_their_own_page_with_a_note_that_verification_is_pending() {
        var nila = unverifiedMentor("nila");

        var page = nila.get("/mentor/" + idOf(nila));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"unverified-notice\"").doesNotContain("id=\"verified-badge\"");
    }

    @Test
    void a_mentor_on_their_own_page_sees_the_dashboard_link_and_inactive_plans_marked_inactive_without_book_links() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        var plan = plansOf(ravi).getFirst();
        deactivate(ravi, plan);

        var page = ravi.get("/mentor/" + idOf(ravi));

        assertThat(page.body()).contains("href=\"/mentor/dashboard\"").contains("id=\"plan-" + plan.id() + "\"")
                .contains(">inactive<").doesNotContain("href=\"/book/");
    }

    @Test
    void an_admin_sees_an_unverified_mentors_plans_without_book_links_as_booking_them_is_refused() {
        var nila = unverifiedMentor("nila");
        site.core.createPlan().create(new CreatePlan.Command(site.core.identifyActor().identify(idOf(nila)),
                new Plan.Terms("3 days of chat", "", Paise.ofRupees(299), 0, 3)));
        var plan = plansOf(nila).getFirst();
        var priya = site.admin("priya");

        var page = priya.get("/mentor/" + idOf(nila));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"plan-" + plan.id() + "\"").doesNotContain("href=\"/book/");
    }

    @Test
    void others_do_not_see_inactive_plans() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        var plan = plansOf(ravi).getFirst();
        deactivate(ravi, plan);
        var asha = site.member("asha");

        var page = asha.get("/mentor/" + idOf(ravi));

        assertThat(page.body()).doesNotContain(plan.id().toString()).contains("No plans on offer right now.")
                .doesNotContain("id=\"dashboard-link\"");
    }

    @Test
    void experience_is_left_out_when_not_stated() {
        var nila = site.member("nila");
        nila.get("/mentor/apply");
        nila.postForm("/mentor/apply", "headline", "Here to listen", "bio", "I listen.", "expertise", "",
                "languages", "Tamil", "experience", "");

        var page = nila.get("/mentor/" + idOf(nila));

        assertThat(page.body()).doesNotContain("Experience").doesNotContain("id=\"expertise\"").contains("Tamil");
    }

    @Test
    void a_malformed_mentor_id_is_not_found() {
        var asha = site.member("asha");

        var page = asha.get("/mentor/not-an-id");

        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void a_member_who_is_no_mentor_has_no_mentor_page() {
        var meena = site.member("meena");
        var asha = site.member("asha");

        var page = asha.get("/mentor/" + idOf(meena));

        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void markup_typed_into_headline_bio_and_plan_title_is_shown_as_text() {
        var eve = site.member("eve");
        eve.get("/mentor/apply");
        eve.postForm("/mentor/apply", "headline", "<script>alert('h')</script>",
                "bio", "<b>bold</b><script>x()</script>", "expertise", "<i>tag</i>", "languages", "English");
        eve.get("/mentor/dashboard");
        eve.postForm("/mentor/plans", "title", "<script>alert('t')</script>", "description", "<img src=x>",
                "price", "499", "liveMinutes", "", "chatDays", "3");

        var page = eve.get("/mentor/" + idOf(eve));

        assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<b>bold").doesNotContain("<img src=x>")
                .doesNotContain("<i>tag").contains("&lt;script&gt;alert('h')&lt;/script&gt;")
                .contains("&lt;b&gt;bold&lt;/b&gt;").contains("&lt;script&gt;alert('t')&lt;/script&gt;");
    }

    @Test
    void a_signed_out_visitor_reads_a_verified_mentors_page() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var page = site.visitor().get("/mentor/" + idOf(ravi));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("ravi_k").contains("Listener for hard days").contains("7 days of chat");
    }

    @Test
    void book_asks_a_signed_out_visitor_to_sign_in_and_come_back_to_the_plan() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        var plan = plansOf(ravi).getFirst();

        var page = site.visitor().get("/mentor/" + idOf(ravi));

        assertThat(page.body()).contains("href=\"/signin?return=%2Fmentor%2F" + idOf(ravi) + "%23plan-" + plan.id()
                + "\"").doesNotContain("href=\"/book/");
    }

    @Test
    void book_asks_someone_who_has_not_onboarded_to_onboard_and_come_back() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var page = site.newcomer("nila").get("/mentor/" + idOf(ravi));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/onboarding?return=%2Fmentor%2F" + idOf(ravi) + "%23plan-");
    }

    @Test
    void a_signed_out_visitor_finds_no_unverified_mentor() {
        var nila = unverifiedMentor("nila");

        var page = site.visitor().get("/mentor/" + idOf(nila));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("I listen.");
    }

    @Test
    void a_mentor_is_shown_by_the_public_name_they_chose() {
        var meera = site.member("meera_k");
        meera.get("/mentor/apply");
        meera.postForm("/mentor/apply", "publicName", "Meera Iyer", "headline", "Listener", "bio", "I listen.",
                "expertise", "", "languages", "", "experience", "");

        var page = meera.get("/mentor/" + idOf(meera));

        assertThat(page.body()).contains("Meera Iyer").contains("<title>Meera Iyer · BetterTalk</title>")
                .contains("id=\"mentor-initials\">MI</span>");
    }

    @Test
    void a_signed_out_visitor_is_offered_to_sign_in_and_come_back_from_the_top_bar() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var page = site.visitor().get("/mentor/" + idOf(ravi));

        assertThat(page.body()).contains("<a href=\"/signin?return=%2Fmentor%2F" + idOf(ravi)
                + "\" id=\"sign-in-link\">Sign in</a>");
    }

    private Browser unverifiedMentor(String username) {
        var browser = site.member(username);
        browser.get("/mentor/apply");
        browser.postForm("/mentor/apply", "headline", "Listener", "bio", "I listen.", "expertise", "anxiety",
                "languages", "English", "experience", "2");
        return browser;
    }

    private UserId idOf(Browser browser) {
        return browser.userId(site.stores);
    }

    private java.util.List<Plan> plansOf(Browser mentor) {
        return site.stores.plans().ofMentor(idOf(mentor));
    }

    private void deactivate(Browser mentor, Plan plan) {
        site.core.changePlanAvailability().change(new ChangePlanAvailability.Command(
                site.core.identifyActor().identify(idOf(mentor)), plan.id(), false));
    }
}
