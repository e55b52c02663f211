package app.bettertalk.web.help;

import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/me/safety-plan}: one's own safety plan over the JSON API. */
class SafetyPlanApiTest {
    private static final String PATH = "/api/v1/me/safety-plan";
    private static final String PLAN = """
            {"warningSigns":"Not sleeping.","copingSteps":"A walk to the lake.","peopleToCall":"Priya 98765 43210",\
            "reasonsForLiving":"My cat Biscuit.","safeSurroundings":""}""";

    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void before_the_first_save_every_section_is_empty_and_there_is_no_time() {
        var page = member("asha_k").get(PATH);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().toString()).isEqualTo("""
                {"warningSigns":"","copingSteps":"","peopleToCall":"","reasonsForLiving":"",\
                "safeSurroundings":"","updatedAt":null}""");
    }

    @Test
    void a_saved_plan_is_sent_back_and_read_again() {
        var asha = member("asha_k");

        var saved = asha.json("PUT", PATH, PLAN);
        var read = asha.get(PATH);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("peopleToCall").asText()).isEqualTo("Priya 98765 43210");
        assertThat(saved.json().get("updatedAt").asText()).isEqualTo(site.clock.instant().toString());
        assertThat(read.json()).isEqualTo(saved.json());
    }

    @Test
    void the_plan_saved_on_the_page_is_the_one_the_api_reads() {
        var asha = member("asha_k");
        asha.get("/help");

        asha.postForm("/help/plan", "warningSigns", "Not sleeping.", "copingSteps", "", "peopleToCall", "Amma",
                "reasonsForLiving", "", "safeSurroundings", "");

        assertThat(asha.get(PATH).json().get("peopleToCall").asText()).isEqualTo("Amma");
    }

    @Test
    void a_section_left_out_is_refused_and_the_plan_kept_as_it_was() {
        var asha = member("asha_k");
        asha.json("PUT", PATH, PLAN);

        var refused = asha.json("PUT", PATH, "{\"warningSigns\":\"Staying in bed.\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("copingSteps");
        assertThat(asha.get(PATH).json().get("warningSigns").asText()).isEqualTo("Not sleeping.");
    }

    @Test
    void a_section_too_long_is_refused_by_its_name() {
        var asha = member("asha_k");

        var refused = asha.json("PUT", PATH, PLAN.replace("\"safeSurroundings\":\"\"",
                "\"safeSurroundings\":\"" + "x".repeat(2_001) + "\""));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("safeSurroundings");
        assertThat(refused.json().at("/error/message").asText()).doesNotContain("xxx");
    }

    @Test
    void each_member_reads_only_their_own_plan() {
        var asha = member("asha_k");
        asha.json("PUT", PATH, PLAN);
        var ravi = member("ravi_k");
        var admin = site.admin("care_admin");
        admin.get("/api/v1/me");

        assertThat(ravi.get(PATH).json().get("warningSigns").asText()).isEmpty();
        assertThat(admin.get(PATH).json().get("warningSigns").asText()).isEmpty();
    }

    @Test
    void a_save_without_the_csrf_header_is_refused() {
        var asha = member("asha_k");

        var refused = asha.send(asha.request(PATH).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(PLAN)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("bad_csrf");
        assertThat(site.stores.safetyPlans().of(asha.userId(site.stores))).isEmpty();
    }

    @Test
    void it_needs_a_sign_in_and_a_finished_onboarding() {
        var newcomer = site.newcomer("Nila");
        newcomer.get("/api/v1/me");

        assertThat(site.visitor().get(PATH).status()).isEqualTo(401);
        assertThat(newcomer.get(PATH).json().at("/error/code").asText()).isEqualTo("onboarding_required");
        assertThat(newcomer.json("PUT", PATH, PLAN).status()).isEqualTo(403);
    }

    private Browser member(String username) {
        var browser = site.member(username);
        browser.get("/api/v1/me");
        return browser;
    }
}
