package app.bettertalk.web.help;

import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The personal safety plan below the helplines of "Get help now": a member's own, written and kept there. */
class SafetyPlanPageTest {
    private static final String FORM = "action=\"/help/plan\"";

    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_visitor_sees_the_helplines_and_is_invited_to_sign_in_to_keep_a_plan_with_no_form() {
        var page = site.visitor().get("/help");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"tel:14416\"").contains("href=\"tel:112\"")
                .contains("<a href=\"/signin?return=%2Fhelp\" id=\"plan-sign-in\">Sign in</a> to write yours")
                .doesNotContain(FORM).doesNotContain("<textarea");
    }

    @Test
    void the_helplines_come_before_the_plan() {
        var body = member("asha_k").get("/help").body();

        assertThat(body.indexOf("href=\"tel:14416\"")).isPositive().isLessThan(body.indexOf("id=\"safety-plan\""));
    }

    @Test
    void someone_still_onboarding_is_invited_to_finish_and_sees_no_form() {
        var page = site.newcomer("Nila").get("/help");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"tel:14416\"").contains("Finish setting up your account")
                .doesNotContain(FORM);
    }

    @Test
    void a_member_without_a_plan_finds_the_form_open_to_write_one() {
        var page = member("asha_k").get("/help");

        assertThat(page.body()).contains("<details class=\"new-plan\" open>").contains(FORM)
                .contains("name=\"warningSigns\"").contains("name=\"copingSteps\"").contains("name=\"peopleToCall\"")
                .contains("name=\"reasonsForLiving\"").contains("name=\"safeSurroundings\"")
                .doesNotContain("Last saved");
    }

    @Test
    void a_member_saves_their_plan_and_finds_it_there_when_they_come_back() {
        var asha = member("asha_k");

        var saved = save(asha, "Not sleeping.\r\nSkipping meals.", "A walk to the lake.", "Priya 98765 43210", "",
                "Give the pills to Amma to keep.");
        var notice = asha.get("/help?saved=1");
        var later = site.signedInAs(asha.userId(site.stores)).get("/help");

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/help?saved=1#safety-plan");
        assertThat(notice.body()).contains("<p class=\"notice\" role=\"status\">Saved.");
        assertThat(later.body()).doesNotContain("role=\"status\"")
                .contains("<h3>My warning signs</h3>")
                .contains("<p class=\"post\">Not sleeping.\nSkipping meals.</p>")
                .contains("<p class=\"post\">Priya 98765 43210</p>")
                .contains("<p class=\"post\">Give the pills to Amma to keep.</p>")
                .doesNotContain("<h3>My reasons for living</h3>")
                .contains("Last saved 25 Nov 2026, 3:30 PM")
                .contains("<details class=\"new-plan\">")
                .contains(">A walk to the lake.</textarea>");
    }

    @Test
    void saving_again_replaces_the_plan() {
        var asha = member("asha_k");
        save(asha, "Not sleeping.", "A walk.", "Priya", "", "");

        save(asha, "", "Music.", "", "", "");

        assertThat(asha.get("/help").body()).contains("<p class=\"post\">Music.</p>").doesNotContain("Not sleeping.")
                .doesNotContain("Priya");
    }

    @Test
    void another_member_or_an_admin_never_sees_someones_plan() {
        var asha = member("asha_k");
        save(asha, "Secret warning signs", "", "Secret people", "", "");
        var ravi = member("ravi_k");
        var admin = site.admin("care_admin");

        var pages = String.join("\n", ravi.get("/help").body(), admin.get("/help").body(),
                admin.get("/admin").body(), admin.get("/profile/" + asha.userId(site.stores)).body());

        assertThat(pages).doesNotContain("Secret warning signs").doesNotContain("Secret people");
    }

    @Test
    void what_a_member_writes_is_shown_as_text() {
        var asha = member("asha_k");

        save(asha, "<script>alert('x')</script>", "", "", "", "");

        assertThat(asha.get("/help").body()).doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;");
    }

    @Test
    void saving_without_the_forms_csrf_token_is_refused_and_keeps_nothing() {
        var asha = member("asha_k");
        asha.get("/help");
        asha.forgetCsrfToken();

        var refused = asha.postForm("/help/plan", "warningSigns", "Not sleeping.");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(site.stores.safetyPlans().of(asha.userId(site.stores))).isEmpty();
    }

    @Test
    void saving_needs_a_sign_in() {
        var visitor = site.visitor();
        visitor.get("/help");

        var refused = visitor.postForm("/help/plan", "warningSigns", "Not sleeping.");

        assertThat(refused.status()).isEqualTo(303);
        assertThat(refused.location()).isEqualTo("/signin");
    }

    @Test
    void a_section_too_long_shows_the_form_again_with_everything_typed_and_saves_nothing() {
        var asha = member("asha_k");
        var tooLong = "I hold on for them. ".repeat(101);

        var refused = save(asha, "Not sleeping.", "A walk to the lake.", "Priya 98765 43210", tooLong,
                "Give the pills to Amma.");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"tel:14416\"")
                .contains("My reasons for living must be at most 2000 characters.")
                .contains("<details class=\"new-plan\" open>")
                .contains(">Not sleeping.</textarea>").contains(">A walk to the lake.</textarea>")
                .contains(">Priya 98765 43210</textarea>").contains(">" + tooLong + "</textarea>")
                .contains(">Give the pills to Amma.</textarea>");
        assertThat(site.stores.safetyPlans().of(asha.userId(site.stores))).isEmpty();
    }

    @Test
    void a_refused_save_leaves_the_plan_saved_before_as_it_was() {
        var asha = member("asha_k");
        save(asha, "Not sleeping.", "", "", "", "");

        save(asha, "x".repeat(2_001), "", "", "", "");

        assertThat(site.stores.safetyPlans().of(asha.userId(site.stores)).orElseThrow().sections().warningSigns())
                .isEqualTo("Not sleeping.");
    }

    @Test
    void the_page_of_a_member_is_never_kept_in_a_cache() {
        var page = member("asha_k").get("/help");

        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    }

    private Browser member(String username) {
        return site.member(username);
    }

    private static Browser.Page save(Browser member, String warningSigns, String copingSteps, String peopleToCall,
                                     String reasonsForLiving, String safeSurroundings) {
        member.get("/help");
        return member.postForm("/help/plan", "warningSigns", warningSigns, "copingSteps", copingSteps,
                "peopleToCall", peopleToCall, "reasonsForLiving", reasonsForLiving, "safeSurroundings",
                safeSurroundings);
    }
}
