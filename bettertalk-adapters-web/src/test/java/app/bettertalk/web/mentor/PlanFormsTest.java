package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlanFormsTest {
    private final TestSite site = new TestSite();
    private final Browser ravi = site.mentorWithPlan("ravi_k", 7);

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void creating_a_plan_stores_its_terms_and_returns_to_the_dashboards_plans() {
        ravi.get("/mentor/dashboard");

        var created = createPlan("Breakup support", "1499.50", "20", "5");

        assertThat(created.status()).isEqualTo(303);
        assertThat(created.location()).isEqualTo("/mentor/dashboard#plans");
        assertThat(plans()).last().satisfies(plan -> {
            assertThat(plan.title()).isEqualTo("Breakup support");
            assertThat(plan.price()).isEqualTo(new Paise(149_950));
            assertThat(plan.liveSessionMinutes()).isEqualTo(20);
            assertThat(plan.chatWindowDays()).isEqualTo(5);
            assertThat(plan.active()).isTrue();
        });
    }

    @Test
    void a_new_plans_price_is_shown_in_rupees_with_paise() {
        ravi.get("/mentor/dashboard");
        createPlan("Breakup support", "1499.50", "", "5");

        var page = ravi.get("/mentor/dashboard");

        assertThat(page.body()).contains("₹1,499.50").contains("5 days of chat");
    }

    @Test
    void a_whole_rupee_price_becomes_that_many_hundred_paise() {
        ravi.get("/mentor/dashboard");

        createPlan("Short chat", "499", "", "1");

        assertThat(plans()).last().satisfies(plan -> {
            assertThat(plan.price()).isEqualTo(new Paise(49_900));
            assertThat(plan.liveSessionMinutes()).isZero();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"499.5", "1,499", "₹499", "-499", "499.505", "4 99", "abc", "", "1e3", ".50"})
    void a_price_of_another_shape_is_refused_with_what_is_accepted(String price) {
        ravi.get("/mentor/dashboard");

        var page = createPlan("Short chat", price, "", "3");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Price must be in rupees, like 499 or 499.50.")
                .contains("value=\"Short chat\"");
        assertThat(plans()).hasSize(1);
    }

    @Test
    void a_price_outside_what_plans_allow_is_refused_with_the_range() {
        ravi.get("/mentor/dashboard");

        var page = createPlan("Too cheap", "0.50", "", "3");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Price must be from ₹1 to ₹1,00,000.");
    }

    @Test
    void chat_days_that_are_not_a_whole_number_are_refused() {
        ravi.get("/mentor/dashboard");

        var page = createPlan("Short chat", "499", "", "five");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Days of chat must be a whole number of days.");
    }

    @Test
    void the_edit_form_is_filled_in_with_the_plans_terms() {
        var plan = plans().getFirst();

        var page = ravi.get("/mentor/plans/" + plan.id() + "/edit");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"/mentor/plans/" + plan.id() + "\"")
                .contains("value=\"7 days of chat\"").contains("value=\"499\"").contains("value=\"30\"")
                .contains("value=\"7\"");
    }

    @Test
    void editing_a_plan_changes_its_terms() {
        var plan = plans().getFirst();
        ravi.get("/mentor/plans/" + plan.id() + "/edit");

        var saved = ravi.postForm("/mentor/plans/" + plan.id(), "title", "Ten days", "description", "",
                "price", "999.99", "liveMinutes", "0", "chatDays", "10");

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/mentor/dashboard#plans");
        assertThat(site.stores.plans().byId(plan.id()).orElseThrow()).satisfies(edited -> {
            assertThat(edited.title()).isEqualTo("Ten days");
            assertThat(edited.price()).isEqualTo(new Paise(99_999));
            assertThat(edited.chatWindowDays()).isEqualTo(10);
        });
    }

    @Test
    void a_plan_is_offered_under_the_default_cancellation_rule_unless_the_mentor_chooses_no_refunds() {
        var form = ravi.get("/mentor/dashboard");
        assertThat(form.body()).contains("If the member cancels")
                .containsPattern("value=\"until_mentor_replies\"\\s+checked").contains("value=\"no_refunds\"");

        createPlan("Default rule", "499", "", "3");
        ravi.postForm("/mentor/plans", "title", "Strict", "description", "", "price", "299", "liveMinutes", "",
                "chatDays", "3", "cancellation", "no_refunds");

        assertThat(plans()).extracting(Plan::title, Plan::cancellationRule).contains(
                tuple("Default rule", CancellationRule.UNTIL_MENTOR_REPLIES),
                tuple("Strict", CancellationRule.NO_REFUNDS));
        var strict = plans().getLast();
        assertThat(ravi.get("/mentor/plans/" + strict.id() + "/edit").body())
                .containsPattern("value=\"no_refunds\"\\s+checked");
        assertThat(ravi.get("/mentor/dashboard").body()).contains("No refund once paid");
    }

    @Test
    void an_unknown_cancellation_rule_is_refused_with_the_choices_and_nothing_is_stored() {
        ravi.get("/mentor/dashboard");

        var page = ravi.postForm("/mentor/plans", "title", "Odd", "description", "", "price", "299",
                "liveMinutes", "", "chatDays", "3", "cancellation", "whenever");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("If the member cancels must be until_mentor_replies or no_refunds.");
        assertThat(plans()).hasSize(1);
    }

    @Test
    void a_refused_plan_edit_comes_back_with_the_reason_and_what_was_typed() {
        var plan = plans().getFirst();
        ravi.get("/mentor/plans/" + plan.id() + "/edit");

        var page = ravi.postForm("/mentor/plans/" + plan.id(), "title", "Long one", "description", "",
                "price", "499", "liveMinutes", "0", "chatDays", "91");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Days of chat must be 1 to 90.").contains("value=\"Long one\"");
        assertThat(site.stores.plans().byId(plan.id()).orElseThrow().chatWindowDays()).isEqualTo(7);
    }

    @Test
    void deactivating_a_plan_takes_it_off_offer_and_activating_brings_it_back() {
        var plan = plans().getFirst();
        ravi.get("/mentor/dashboard");

        var deactivated = ravi.postForm("/mentor/plans/" + plan.id() + "/deactivate");
        var whileInactive = ravi.get("/mentor/dashboard");
        var activated = ravi.postForm("/mentor/plans/" + plan.id() + "/activate");

        assertThat(deactivated.status()).isEqualTo(303);
        assertThat(whileInactive.body()).contains("action=\"/mentor/plans/" + plan.id() + "/activate\"")
                .contains(">inactive<");
        assertThat(activated.location()).isEqualTo("/mentor/dashboard#plans");
        assertThat(site.stores.plans().byId(plan.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void another_mentors_plan_has_no_edit_form() {
        var plan = plans().getFirst();
        var meera = site.mentorWithPlan("meera", 3);

        var page = meera.get("/mentor/plans/" + plan.id() + "/edit");

        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void another_mentor_cannot_change_a_plan() {
        var plan = plans().getFirst();
        var meera = site.mentorWithPlan("meera", 3);
        meera.get("/mentor/dashboard");

        var edited = meera.postForm("/mentor/plans/" + plan.id(), "title", "Mine now", "description", "",
                "price", "1", "liveMinutes", "0", "chatDays", "1");
        var deactivated = meera.postForm("/mentor/plans/" + plan.id() + "/deactivate");

        assertThat(edited.status()).isEqualTo(403);
        assertThat(deactivated.status()).isEqualTo(403);
        assertThat(site.stores.plans().byId(plan.id()).orElseThrow()).satisfies(unchanged -> {
            assertThat(unchanged.title()).isEqualTo("7 days of chat");
            assertThat(unchanged.active()).isTrue();
        });
    }

    @Test
    void someone_who_is_no_mentor_cannot_create_a_plan() {
        var asha = site.member("asha");
        asha.get("/mentor/apply");

        var page = asha.postForm("/mentor/plans", "title", "Sneaky", "description", "", "price", "499",
                "liveMinutes", "", "chatDays", "3");

        assertThat(page.status()).isEqualTo(403);
        assertThat(site.stores.plans().ofMentor(asha.userId(site.stores))).isEmpty();
    }

    @Test
    void a_plan_form_without_the_csrf_token_is_refused() {
        ravi.get("/mentor/dashboard");
        ravi.forgetCsrfToken();

        var page = createPlan("Breakup support", "499", "", "5");

        assertThat(page.status()).isEqualTo(403);
        assertThat(plans()).hasSize(1);
    }

    @Test
    void an_unknown_plan_is_not_found() {
        ravi.get("/mentor/dashboard");

        var form = ravi.get("/mentor/plans/" + java.util.UUID.randomUUID() + "/edit");
        var activated = ravi.postForm("/mentor/plans/not-an-id/activate");

        assertThat(form.status()).isEqualTo(404);
        assertThat(activated.status()).isEqualTo(404);
    }

    private Browser.Page createPlan(String title, String price, String liveMinutes, String chatDays) {
        return ravi.postForm("/mentor/plans", "title", title, "description", "For the hard weeks.", "price", price,
                "liveMinutes", liveMinutes, "chatDays", chatDays);
    }

    private List<Plan> plans() {
        return site.stores.plans().ofMentor(idOf(ravi));
    }

    private UserId idOf(Browser browser) {
        return browser.userId(site.stores);
    }
}
