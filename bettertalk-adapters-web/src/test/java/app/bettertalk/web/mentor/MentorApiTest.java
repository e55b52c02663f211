package app.bettertalk.web.mentor;

import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MentorApiTest {
    private static final String APPLICATION = """
            {"headline":"Listener for hard days","bio":"Years of peer support.",
             "expertise":["anxiety","grief"],"languages":["English","Tamil"],"experienceYears":5}""";
    private static final String TERMS = """
            {"title":"A month of chat","description":"Daily check-ins.","pricePaise":149950,
             "liveSessionMinutes":30,"chatWindowDays":30}""";

    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    private Browser api(Browser browser) {
        browser.get("/api/v1/me");
        return browser;
    }

    private Browser mentor(String username) {
        return api(site.mentorWithPlan(username, 7));
    }

    private String idOf(Browser browser) {
        return browser.userId(site.stores).toString();
    }

    private String firstPlanOf(Browser mentor) {
        return mentor.get("/api/v1/me/plans").json().at("/plans/0/id").asText();
    }

    @Test
    void a_mentor_page_shows_the_profile_and_the_active_plans_priced_in_paise_and_rupees() {
        var meera = mentor("meera_m");
        var asha = api(site.member("asha_k"));

        var page = asha.get("/api/v1/mentors/" + idOf(meera));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("name").asText()).isEqualTo("meera_m");
        assertThat(page.json().get("verified").asBoolean()).isTrue();
        assertThat(page.json().get("expertise").toString()).isEqualTo("[\"anxiety\",\"breakup\"]");
        var plan = page.json().at("/plans/0");
        assertThat(plan.at("/price/paise").asLong()).isEqualTo(49_900);
        assertThat(plan.at("/price/display").asText()).isEqualTo("₹499");
        assertThat(plan.get("chatWindowDays").asInt()).isEqualTo(7);
        assertThat(page.body()).doesNotContain("example.com").doesNotContain("+91");
    }

    @Test
    void a_deactivated_plan_is_hidden_from_others_but_listed_for_its_mentor() {
        var meera = mentor("meera_m");
        var plan = firstPlanOf(meera);
        meera.json("PATCH", "/api/v1/me/plans/" + plan, "{\"active\":false}");
        var asha = api(site.member("asha_k"));

        var seen = asha.get("/api/v1/mentors/" + idOf(meera));
        var own = meera.get("/api/v1/me/plans");

        assertThat(seen.json().get("plans")).isEmpty();
        assertThat(own.json().at("/plans/0/active").asBoolean()).isFalse();
    }

    @Test
    void applying_to_mentor_creates_an_unverified_mentor_profile() {
        var asha = api(site.member("asha_k"));

        var applied = asha.json("POST", "/api/v1/mentors", APPLICATION);

        assertThat(applied.status()).isEqualTo(201);
        assertThat(applied.location()).isEqualTo("/api/v1/mentors/" + idOf(asha));
        assertThat(applied.json().get("verified").asBoolean()).isFalse();
        assertThat(applied.json().get("languages").toString()).isEqualTo("[\"English\",\"Tamil\"]");
        assertThat(asha.get(applied.location()).status()).isEqualTo(200);
    }

    @Test
    void applying_twice_is_a_conflict() {
        var asha = api(site.member("asha_k"));
        asha.json("POST", "/api/v1/mentors", APPLICATION);

        var again = asha.json("POST", "/api/v1/mentors", APPLICATION);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/error/code").asText()).isEqualTo("already_a_mentor");
    }

    @Test
    void an_application_without_a_headline_names_the_field() {
        var asha = api(site.member("asha_k"));

        var refused = asha.json("POST", "/api/v1/mentors", "{\"bio\":\"Years of peer support.\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("headline");
    }

    @Test
    void an_unverified_mentor_is_not_found_by_others() {
        var asha = api(site.member("asha_k"));
        asha.json("POST", "/api/v1/mentors", APPLICATION);
        var ravi = api(site.member("ravi_k"));

        var page = ravi.get("/api/v1/mentors/" + idOf(asha));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.json().at("/error/code").asText()).isEqualTo("not_found");
    }

    @Test
    void a_mentor_creates_a_plan_and_finds_it_among_their_plans() {
        var meera = mentor("meera_m");

        var created = meera.json("POST", "/api/v1/me/plans", TERMS);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/price/paise").asLong()).isEqualTo(149_950);
        assertThat(created.json().at("/price/display").asText()).isEqualTo("₹1,499.50");
        assertThat(created.json().get("active").asBoolean()).isTrue();
        assertThat(meera.get("/api/v1/me/plans").json().get("plans")).hasSize(2);
    }

    @Test
    void a_plan_priced_under_one_rupee_names_the_price_field_as_sent() {
        var meera = mentor("meera_m");

        var refused = meera.json("POST", "/api/v1/me/plans", TERMS.replace("149950", "50"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("pricePaise");
    }

    @Test
    void a_plan_states_its_cancellation_rule_the_default_when_left_out_and_an_unknown_one_is_refused() {
        var meera = mentor("meera_m");

        var byDefault = meera.json("POST", "/api/v1/me/plans", TERMS);
        var strict = meera.json("POST", "/api/v1/me/plans",
                TERMS.replace("\"chatWindowDays\":30", "\"chatWindowDays\":30,\"cancellationRule\":\"no_refunds\""));
        var refused = meera.json("POST", "/api/v1/me/plans",
                TERMS.replace("\"chatWindowDays\":30", "\"chatWindowDays\":30,\"cancellationRule\":\"sometimes\""));

        assertThat(byDefault.json().get("cancellationRule").asText()).isEqualTo("until_mentor_replies");
        assertThat(strict.status()).isEqualTo(201);
        assertThat(strict.json().get("cancellationRule").asText()).isEqualTo("no_refunds");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("cancellationRule");
        assertThat(meera.get("/api/v1/me/plans").json().get("plans")).hasSize(3);
    }

    @Test
    void someone_who_is_not_a_mentor_cannot_create_a_plan() {
        var asha = api(site.member("asha_k"));

        var refused = asha.json("POST", "/api/v1/me/plans", TERMS);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("not_a_mentor");
    }

    @Test
    void patching_a_plans_terms_changes_them_and_keeps_it_active() {
        var meera = mentor("meera_m");
        var plan = firstPlanOf(meera);

        var patched = meera.json("PATCH", "/api/v1/me/plans/" + plan, "{\"terms\":" + TERMS + "}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("title").asText()).isEqualTo("A month of chat");
        assertThat(patched.json().get("chatWindowDays").asInt()).isEqualTo(30);
        assertThat(patched.json().get("active").asBoolean()).isTrue();
    }

    @Test
    void patching_terms_and_the_active_flag_together_applies_both() {
        var meera = mentor("meera_m");
        var plan = firstPlanOf(meera);

        var patched = meera.json("PATCH", "/api/v1/me/plans/" + plan, "{\"terms\":" + TERMS + ",\"active\":false}");

        assertThat(patched.json().get("title").asText()).isEqualTo("A month of chat");
        assertThat(patched.json().get("active").asBoolean()).isFalse();
    }

    @Test
    void a_bad_term_in_a_patch_names_the_field_where_it_sits_in_the_body() {
        var meera = mentor("meera_m");
        var plan = firstPlanOf(meera);

        var refused = meera.json("PATCH", "/api/v1/me/plans/" + plan,
                "{\"terms\":" + TERMS.replace("\"chatWindowDays\":30", "\"chatWindowDays\":91") + "}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("terms.chatWindowDays");
    }

    @Test
    void a_patch_with_nothing_to_change_is_refused() {
        var meera = mentor("meera_m");
        var plan = firstPlanOf(meera);

        var refused = meera.json("PATCH", "/api/v1/me/plans/" + plan, "{}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("terms");
    }

    @Test
    void another_mentor_cannot_change_a_plan() {
        var meera = mentor("meera_m");
        var plan = firstPlanOf(meera);
        var ravi = mentor("ravi_k");

        var refused = ravi.json("PATCH", "/api/v1/me/plans/" + plan, "{\"active\":false}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("not_your_plan");
        assertThat(firstPlanOf(meera)).isEqualTo(plan);
        assertThat(meera.get("/api/v1/me/plans").json().at("/plans/0/active").asBoolean()).isTrue();
    }

    @Test
    void another_mentors_deactivated_plan_is_not_found_as_an_unknown_one_would_be() {
        var meera = mentor("meera_m");
        var plan = firstPlanOf(meera);
        meera.json("PATCH", "/api/v1/me/plans/" + plan, "{\"active\":false}");
        var ravi = mentor("ravi_k");

        var refused = ravi.json("PATCH", "/api/v1/me/plans/" + plan, "{\"active\":true}");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("not_found");
        assertThat(meera.get("/api/v1/me/plans").json().at("/plans/0/active").asBoolean()).isFalse();
    }

    @Test
    void an_unknown_plan_is_not_found() {
        var meera = mentor("meera_m");

        var refused = meera.json("PATCH", "/api/v1/me/plans/" + UUID.randomUUID(), "{\"active\":false}");

        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void an_admin_verifies_an_applicant_who_then_appears_to_everyone() {
        var asha = api(site.member("asha_k"));
        asha.json("POST", "/api/v1/mentors", APPLICATION);
        var admin = api(site.admin("admin_a"));

        var verified = admin.json("POST", "/api/v1/admin/mentors/" + idOf(asha) + "/verification",
                "{\"verified\":true}");

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("verified").asBoolean()).isTrue();
        assertThat(api(site.member("ravi_k")).get("/api/v1/mentors/" + idOf(asha)).status()).isEqualTo(200);
    }

    @Test
    void an_admin_takes_a_verification_back() {
        var meera = mentor("meera_m");
        var admin = api(site.admin("admin_a"));

        var unverified = admin.json("POST", "/api/v1/admin/mentors/" + idOf(meera) + "/verification",
                "{\"verified\":false}");

        assertThat(unverified.json().get("verified").asBoolean()).isFalse();
        assertThat(api(site.member("ravi_k")).get("/api/v1/mentors/" + idOf(meera)).status()).isEqualTo(404);
    }

    @Test
    void only_an_admin_verifies_mentors() {
        var asha = api(site.member("asha_k"));
        asha.json("POST", "/api/v1/mentors", APPLICATION);

        var refused = asha.json("POST", "/api/v1/admin/mentors/" + idOf(asha) + "/verification",
                "{\"verified\":true}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("admin_only");
    }

    @Test
    void a_verification_without_the_verified_flag_names_the_field() {
        var meera = mentor("meera_m");
        var admin = api(site.admin("admin_a"));

        var refused = admin.json("POST", "/api/v1/admin/mentors/" + idOf(meera) + "/verification", "{}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("verified");
    }
}
