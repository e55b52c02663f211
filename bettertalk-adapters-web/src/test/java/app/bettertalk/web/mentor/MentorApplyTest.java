package app.bettertalk.web.mentor;

import app.bettertalk.core.access.Role;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentorApplyTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_apply_form_asks_for_headline_bio_expertise_languages_and_experience() {
        var asha = site.member("asha");

        var page = asha.get("/mentor/apply");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"/mentor/apply\"").contains("name=\"headline\"")
                .contains("name=\"bio\"").contains("name=\"expertise\"").contains("name=\"languages\"")
                .contains("name=\"experience\"").contains("name=\"_csrf\"");
    }

    @Test
    void applying_leads_to_the_dashboard() {
        var asha = site.member("asha");
        asha.get("/mentor/apply");

        var applied = apply(asha, "7");

        assertThat(applied.status()).isEqualTo(303);
        assertThat(applied.location()).isEqualTo("/mentor/dashboard");
    }

    @Test
    void the_dashboard_of_a_new_mentor_says_an_admin_must_verify_them_before_people_can_book() {
        var asha = site.member("asha");
        asha.get("/mentor/apply");
        apply(asha, "7");

        var dashboard = asha.get("/mentor/dashboard");

        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("id=\"verification-pending\"")
                .contains("An admin must verify you before");
    }

    @Test
    void an_application_stores_the_details_with_tags_and_languages_split_at_commas() {
        var asha = site.member("asha");
        asha.get("/mentor/apply");

        apply(asha, " 7 ");

        var mentor = site.stores.mentors().byId(asha.userId(site.stores)).orElseThrow();
        assertThat(mentor.headline()).isEqualTo("Here for hard days");
        assertThat(mentor.expertise()).containsExactly("breakup", "anxiety", "self-growth");
        assertThat(mentor.languages()).containsExactly("English", "Hindi");
        assertThat(mentor.experienceYears()).isEqualTo(7);
        assertThat(mentor.verified()).isFalse();
        assertThat(site.stores.users().byId(asha.userId(site.stores)).orElseThrow().role()).isEqualTo(Role.MENTOR);
    }

    @Test
    void an_application_with_a_blank_headline_comes_back_with_the_reason_and_what_was_typed() {
        var asha = site.member("asha");
        asha.get("/mentor/apply");

        var page = asha.postForm("/mentor/apply", "headline", "  ", "bio", "I listen.", "expertise", "grief, loss",
                "languages", "Tamil", "experience", "");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Headline must not be blank.").contains("value=\"grief, loss\"")
                .contains(">I listen.</textarea>");
        assertThat(site.stores.mentors().byId(asha.userId(site.stores))).isEmpty();
    }

    @Test
    void a_public_name_posing_as_bettertalk_is_refused_with_the_reason() {
        var asha = site.member("asha");
        asha.get("/mentor/apply");

        var page = asha.postForm("/mentor/apply", "publicName", "BetterTalk Official", "headline", "Listener",
                "bio", "I listen.", "expertise", "grief", "languages", "Tamil", "experience", "");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("must not look like BetterTalk or its staff");
        assertThat(site.stores.mentors().byId(asha.userId(site.stores))).isEmpty();
    }

    @Test
    void years_of_experience_that_are_not_a_whole_number_are_refused() {
        var asha = site.member("asha");
        asha.get("/mentor/apply");

        var page = apply(asha, "five");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Years of experience must be a whole number of years.");
    }

    @Test
    void applying_twice_is_refused_as_a_conflict() {
        var asha = site.member("asha");
        asha.get("/mentor/apply");
        apply(asha, "7");
        asha.get("/mentor/apply");

        var again = apply(asha, "7");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("You have already applied to mentor.");
    }

    @Test
    void an_application_without_the_csrf_token_is_refused() {
        var asha = site.member("asha");
        asha.get("/mentor/apply");
        asha.forgetCsrfToken();

        var page = apply(asha, "7");

        assertThat(page.status()).isEqualTo(403);
        assertThat(site.stores.mentors().byId(asha.userId(site.stores))).isEmpty();
    }

    @Test
    void a_signed_out_visitor_is_sent_to_sign_in() {
        var page = site.visitor().get("/mentor/apply");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/signin?return=%2Fmentor%2Fapply");
    }

    @Test
    void someone_who_has_not_onboarded_is_sent_to_onboarding() {
        var page = site.newcomer("nila").get("/mentor/apply");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/onboarding?return=%2Fmentor%2Fapply");
    }

    private static Browser.Page apply(Browser browser, String experience) {
        return browser.postForm("/mentor/apply", "headline", "Here for hard days", "bio", "I have been there.",
                "expertise", "breakup, anxiety,, self-growth", "languages", "English,Hindi", "experience", experience);
    }
}
