package app.bettertalk.web.directory;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.ChangeMentorPhoto;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.mentor.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryPageTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    /** A verified mentor with one active plan at {@code rupees}. */
    private UserId mentor(String username, List<String> expertise, List<String> languages, long rupees) {
        var browser = site.member(username);
        var id = browser.userId(site.stores);
        site.core.applyAsMentor().apply(new ApplyAsMentor.Command(site.core.identifyActor().identify(id),
                new Mentor.Details("Here for " + String.join(" and ", expertise), "Years of peer support.",
                        expertise, languages, 6)));
        site.core.verifyMentor().verify(new VerifyMentor.Command(Actor.operator(), id, true));
        site.core.createPlan().create(new CreatePlan.Command(site.core.identifyActor().identify(id),
                new Plan.Terms("A week of chat", "", Paise.ofRupees(rupees), 0, 7)));
        return id;
    }

    private Browser asha() {
        return site.member("asha");
    }

    @Test
    void the_directory_lists_a_verified_mentor_as_a_card() {
        var ravi = mentor("ravi_k", List.of("grief"), List.of("Hindi", "English"), 499);

        var page = asha().get("/mentors");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"mentor-" + ravi + "\"").contains("href=\"/mentor/" + ravi + "\"")
                .contains("ravi_k").contains("Here for grief").contains("<li>grief</li>").contains("Hindi, English")
                .contains("6 years").contains("from ₹499").contains("aria-hidden=\"true\">RK</span>");
    }

    @Test
    void a_mentor_with_a_photo_shows_it_on_their_card_by_its_version() {
        var ravi = mentor("ravi_k", List.of("grief"), List.of("Hindi"), 499);
        var photo = site.core.changeMentorPhoto().change(new ChangeMentorPhoto.Command(
                site.core.identifyActor().identify(ravi), TestImages.jpeg(64, 48)));

        var page = asha().get("/mentors");

        assertThat(page.body()).contains("src=\"/mentors/" + ravi + "/photo?v=" + photo.version() + "\"")
                .doesNotContain("aria-hidden=\"true\">RK</span>");
    }

    @Test
    void a_member_who_is_not_a_mentor_is_offered_to_become_one_and_a_mentor_is_not() {
        var ravi = mentor("ravi_k", List.of("grief"), List.of("Hindi"), 499);

        var member = asha().get("/mentors");
        var mentor = site.signedInAs(ravi).get("/mentors");

        assertThat(member.body()).contains("id=\"become-mentor\"").contains("href=\"/mentor/apply\"");
        assertThat(mentor.body()).doesNotContain("id=\"become-mentor\"");
    }

    @Test
    void a_mentor_with_reviews_shows_the_average_and_count() {
        var ravi = mentor("ravi_k", List.of("grief"), List.of("Hindi"), 499);
        site.stores.unitOfWork().inTransaction(() -> {
            site.stores.mentorRatings().adjust(ravi, 3, 14);
            return true;
        });

        assertThat(asha().get("/mentors").body()).contains("★ 4.7 (3 reviews)");
    }

    @Test
    void a_mentor_without_reviews_shows_no_rating() {
        mentor("ravi_k", List.of("grief"), List.of("Hindi"), 499);

        assertThat(asha().get("/mentors").body()).doesNotContain("★");
    }

    @Test
    void the_filters_narrow_the_list() {
        mentor("ravi_k", List.of("grief"), List.of("Hindi"), 499);
        mentor("meera_m", List.of("career"), List.of("Tamil"), 499);

        var page = asha().get("/mentors?topic=Grief&lang=hindi&price_max=500");

        assertThat(page.body()).contains("ravi_k").doesNotContain("meera_m");
    }

    @Test
    void the_form_shows_the_search_it_ran() {
        mentor("ravi_k", List.of("grief"), List.of("Hindi"), 499);

        var page = asha().get("/mentors?q=peer+support&topic=grief&lang=Hindi&price_max=900&sort=price_desc");

        assertThat(page.body()).contains("name=\"q\" id=\"q\" value=\"peer support\"")
                .contains("name=\"topic\" value=\"grief\"").contains("name=\"lang\" value=\"Hindi\"")
                .contains("value=\"900\"").contains("<option value=\"price_desc\" selected>");
    }

    @Test
    void the_active_plan_box_is_ticked_by_default_and_stays_unticked_when_unticked() {
        var ticked = asha().get("/mentors").body();
        var unticked = site.member("kabir").get("/mentors?has_plan=0").body();

        assertThat(ticked).containsPattern("id=\"has_plan\"\\s+checked");
        assertThat(unticked).doesNotContainPattern("id=\"has_plan\"\\s+checked");
    }

    @Test
    void a_ticked_box_after_the_hidden_no_means_yes() {
        mentor("ravi_k", List.of("grief"), List.of("Hindi"), 499);
        var nila = site.member("nila");
        site.core.applyAsMentor().apply(new ApplyAsMentor.Command(site.core.identifyActor().identify(
                nila.userId(site.stores)), new Mentor.Details("No plans yet", "Bio.", List.of(), List.of(), 0)));
        site.core.verifyMentor().verify(new VerifyMentor.Command(Actor.operator(), nila.userId(site.stores), true));

        var withPlan = asha().get("/mentors?has_plan=0&has_plan=1").body();
        var everyone = site.member("kabir").get("/mentors?has_plan=0").body();

        assertThat(withPlan).contains("ravi_k").doesNotContain("No plans yet");
        assertThat(everyone).contains("ravi_k").contains("No plans yet").contains("No active plan");
    }

    @Test
    void a_sort_off_the_list_is_refused_with_a_message_and_the_form_kept() {
        var page = asha().get("/mentors?q=grief&sort=cheapest");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"search-error\"")
                .contains("Sort: must be one of recommended, price_asc, price_desc, rating, newest.")
                .contains("value=\"grief\"");
    }

    @Test
    void a_malformed_price_is_refused_with_a_message() {
        var page = asha().get("/mentors?price_max=cheap");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Highest price: must be a whole number of rupees from 1 to 100000.")
                .contains("value=\"cheap\"");
    }

    @Test
    void an_empty_result_says_so_and_offers_to_drop_the_narrowest_filter() {
        mentor("ravi_k", List.of("grief"), List.of("Hindi"), 499);

        var page = asha().get("/mentors?topic=grief&lang=tamil");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"no-mentors\"").contains("No mentors match this search.")
                .contains("<a href=\"/mentors?topic=grief\" id=\"drop-filter\">Show every language</a>");
    }

    @Test
    void a_page_past_the_end_links_back_to_the_first() {
        mentor("ravi_k", List.of("grief"), List.of("Hindi"), 499);

        var page = asha().get("/mentors?topic=grief&page=3");

        assertThat(page.body()).contains("id=\"no-mentors\"")
                .contains("<a href=\"/mentors?topic=grief\" id=\"drop-filter\">Back to the first page</a>");
    }

    @Test
    void pages_link_to_each_other_keeping_the_search() {
        for (var i = 0; i < 21; i++) {
            mentor("guide_" + i, List.of("grief"), List.of("Hindi"), 100 + i);
        }
        var asha = asha();

        var first = asha.get("/mentors?topic=grief&sort=price_asc").body();
        var second = asha.get("/mentors?topic=grief&sort=price_asc&page=2").body();

        assertThat(first).contains("href=\"/mentors?topic=grief&amp;sort=price_asc&amp;page=2\"")
                .doesNotContain("id=\"previous-page\"").contains("guide_0").doesNotContain("guide_20");
        assertThat(second).contains("href=\"/mentors?topic=grief&amp;sort=price_asc\" id=\"previous-page\"")
                .doesNotContain("id=\"next-page\"").contains("guide_20");
    }

    @Test
    void the_api_lists_the_same_cards_as_json() {
        var ravi = mentor("ravi_k", List.of("grief"), List.of("Hindi"), 499);

        var json = asha().get("/api/v1/mentors?topic=grief").json();

        assertThat(json.at("/mentors/0/id").asText()).isEqualTo(ravi.toString());
        assertThat(json.at("/mentors/0/lowestPrice/paise").asLong()).isEqualTo(49_900);
        assertThat(json.at("/mentors/0/rating").isNull()).isTrue();
        assertThat(json.at("/next").isNull()).isTrue();
    }

    @Test
    void the_api_refuses_a_sort_off_the_list_with_the_field() {
        var page = asha().get("/api/v1/mentors?sort=cheapest");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.json().at("/error/field").asText()).isEqualTo("sort");
    }

    @Test
    void the_navigation_the_groups_page_and_an_empty_sessions_tab_link_to_the_directory() {
        var asha = asha();

        assertThat(asha.get("/groups").body()).contains("<a href=\"/mentors\">Mentors</a>")
                .contains("id=\"find-mentor\"");
        assertThat(asha.get("/profile?tab=sessions").body()).contains("<a href=\"/mentors\" id=\"find-mentor\">");
    }
}
