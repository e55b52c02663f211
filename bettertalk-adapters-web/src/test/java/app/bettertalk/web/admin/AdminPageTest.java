package app.bettertalk.web.admin;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AdminPageTest {
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert('x')&lt;/script&gt;";

    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    /** Someone who applied to mentor and waits for an admin. */
    private UserId applicant(String username, String headline) {
        var browser = site.member(username);
        var actor = site.core.identifyActor().identify(browser.userId(site.stores));
        site.core.applyAsMentor().apply(new ApplyAsMentor.Command(actor, new Mentor.Details(headline,
                "I listen.", List.of("anxiety"), List.of("English"), 3)));
        return actor.id();
    }

    private boolean verified(UserId mentor) {
        return site.stores.mentors().byId(mentor).orElseThrow().verified();
    }

    private Browser adminOnPage() {
        var admin = site.admin("root_admin");
        admin.get("/admin");
        return admin;
    }

    @Test
    void an_admin_sees_the_waiting_applications_apart_from_the_verified_mentors() {
        var waiting = applicant("kabir_k", "Here for students");
        var verifiedOne = site.mentorWithPlan("meera_m", 7).userId(site.stores);

        var page = site.admin("root_admin").get("/admin");

        assertThat(page.status()).isEqualTo(200);
        var body = page.body();
        var awaiting = body.substring(body.indexOf("id=\"awaiting-mentors\""), body.indexOf("id=\"verified-mentors\""));
        assertThat(awaiting).contains("kabir_k").contains("Here for students")
                .contains("action=\"/admin/mentors/" + waiting + "/verify\"").doesNotContain("meera_m");
        assertThat(body.substring(body.indexOf("id=\"verified-mentors\""))).contains("meera_m")
                .contains("action=\"/admin/mentors/" + verifiedOne + "/unverify\"");
    }

    @Test
    void the_admin_page_says_so_when_no_application_is_waiting() {
        var page = site.admin("root_admin").get("/admin");

        assertThat(page.body()).contains("No applications are waiting.").contains("There are no groups yet.");
    }

    @Test
    void verifying_an_applicant_makes_them_a_verified_mentor() {
        var waiting = applicant("kabir_k", "Here for students");
        var admin = adminOnPage();

        var verifying = admin.postForm("/admin/mentors/" + waiting + "/verify");

        assertThat(verifying.status()).isEqualTo(303);
        assertThat(verifying.location()).isEqualTo("/admin#mentors");
        assertThat(verified(waiting)).isTrue();
    }

    @Test
    void unverifying_a_mentor_takes_the_verification_back() {
        var mentor = site.mentorWithPlan("meera_m", 7).userId(site.stores);
        var admin = adminOnPage();

        var unverifying = admin.postForm("/admin/mentors/" + mentor + "/unverify");

        assertThat(unverifying.status()).isEqualTo(303);
        assertThat(verified(mentor)).isFalse();
    }

    @Test
    void verifying_someone_who_is_no_mentor_is_not_found() {
        var admin = adminOnPage();

        var unknown = admin.postForm("/admin/mentors/" + new UserId(UUID.randomUUID()) + "/verify");
        var malformed = admin.postForm("/admin/mentors/nobody/verify");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
    }

    @Test
    void an_admin_creates_a_group_that_then_shows_in_the_lists() {
        var admin = adminOnPage();

        var creating = admin.postForm("/admin/groups", "name", "Exam stress", "description", "Before results.");

        assertThat(creating.status()).isEqualTo(303);
        assertThat(creating.location()).isEqualTo("/admin#groups");
        assertThat(site.stores.groups().byName("Exam stress")).isPresent();
        assertThat(admin.get("/admin").body()).contains("Exam stress").contains("Before results.");
        assertThat(admin.get("/groups").body()).contains("Exam stress");
    }

    @Test
    void a_group_name_already_taken_is_refused_keeping_what_was_typed() {
        site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));
        var admin = adminOnPage();

        var creating = admin.postForm("/admin/groups", "name", "anxiety", "description", "Another one.");

        assertThat(creating.status()).isEqualTo(409);
        assertThat(creating.body()).contains("A group with that name already exists.")
                .contains("value=\"anxiety\"").contains("Another one.");
        assertThat(site.stores.groups().all()).hasSize(1);
    }

    @Test
    void a_group_without_a_name_is_refused_with_the_reason() {
        var admin = adminOnPage();

        var creating = admin.postForm("/admin/groups", "name", "  ", "description", "Nameless.");

        assertThat(creating.status()).isEqualTo(422);
        assertThat(creating.body()).contains("The name must not be blank.").contains("Nameless.");
        assertThat(site.stores.groups().all()).isEmpty();
    }

    @Test
    void a_member_who_is_not_an_admin_gets_the_not_allowed_page() {
        var page = site.member("asha_k").get("/admin");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Only an admin may do this.");
    }

    @Test
    void a_mentor_gets_the_not_allowed_page() {
        var page = site.mentorWithPlan("meera_m", 7).get("/admin");

        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void a_member_who_is_not_an_admin_cannot_verify_a_mentor() {
        var waiting = applicant("kabir_k", "Here for students");
        var asha = site.member("asha_k");
        asha.get("/groups");

        var verifying = asha.postForm("/admin/mentors/" + waiting + "/verify");

        assertThat(verifying.status()).isEqualTo(403);
        assertThat(verified(waiting)).isFalse();
    }

    @Test
    void a_mentor_cannot_unverify_another_mentor() {
        var meera = site.mentorWithPlan("meera_m", 7).userId(site.stores);
        var ravi = site.mentorWithPlan("ravi_k", 3);
        ravi.get("/groups");

        var unverifying = ravi.postForm("/admin/mentors/" + meera + "/unverify");

        assertThat(unverifying.status()).isEqualTo(403);
        assertThat(verified(meera)).isTrue();
    }

    @Test
    void a_mentor_cannot_verify_themselves() {
        var kabir = site.member("kabir_k");
        var actor = site.core.identifyActor().identify(kabir.userId(site.stores));
        site.core.applyAsMentor().apply(new ApplyAsMentor.Command(actor, new Mentor.Details("Here for students",
                "I listen.", List.of(), List.of(), 0)));
        kabir.get("/groups");

        var verifying = kabir.postForm("/admin/mentors/" + actor.id() + "/verify");

        assertThat(verifying.status()).isEqualTo(403);
        assertThat(verified(actor.id())).isFalse();
    }

    @Test
    void a_member_who_is_not_an_admin_cannot_create_a_group() {
        var asha = site.member("asha_k");
        asha.get("/groups");

        var creating = asha.postForm("/admin/groups", "name", "My own group", "description", "");

        assertThat(creating.status()).isEqualTo(403);
        assertThat(site.stores.groups().all()).isEmpty();
    }

    @Test
    void a_signed_out_visitor_is_sent_to_sign_in_from_the_admin_page() {
        var page = site.visitor().get("/admin");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/signin?return=%2Fadmin");
    }

    @Test
    void a_signed_out_post_to_verify_changes_nothing() {
        var waiting = applicant("kabir_k", "Here for students");
        var visitor = site.visitor();
        visitor.get("/signin");

        var verifying = visitor.postForm("/admin/mentors/" + waiting + "/verify");

        assertThat(verifying.status()).isEqualTo(303);
        assertThat(verifying.location()).isEqualTo("/signin");
        assertThat(verified(waiting)).isFalse();
    }

    @Test
    void someone_who_has_not_onboarded_is_sent_to_onboarding_from_the_admin_page() {
        var page = site.newcomer("asha").get("/admin");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/onboarding?return=%2Fadmin");
    }

    @Test
    void verifying_without_the_forms_csrf_token_is_refused_and_changes_nothing() {
        var waiting = applicant("kabir_k", "Here for students");
        var admin = adminOnPage();
        admin.forgetCsrfToken();

        var verifying = admin.postForm("/admin/mentors/" + waiting + "/verify");

        assertThat(verifying.status()).isEqualTo(403);
        assertThat(verified(waiting)).isFalse();
    }

    @Test
    void creating_a_group_without_the_forms_csrf_token_is_refused() {
        var admin = adminOnPage();
        admin.forgetCsrfToken();

        var creating = admin.postForm("/admin/groups", "name", "Exam stress", "description", "");

        assertThat(creating.status()).isEqualTo(403);
        assertThat(site.stores.groups().all()).isEmpty();
    }

    @Test
    void script_in_an_application_and_a_group_is_shown_as_text() {
        applicant("kabir_k", SCRIPT);
        site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Calm", SCRIPT));

        var page = site.admin("root_admin").get("/admin");

        assertThat(page.body()).doesNotContain(SCRIPT).contains(ESCAPED);
    }
}
