package app.bettertalk.web.api;

import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The refusals every API route shares, each answered as {@code {"error":{"code","message"[,"field"]}}}. */
class ApiErrorsTest {
    private final TestSite site = new TestSite();
    private final Group anxiety =
            site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));

    @AfterEach
    void stop() {
        site.close();
    }

    private Browser member(String username) {
        var browser = site.member(username);
        browser.get("/api/v1/me");
        browser.json("POST", "/api/v1/groups/" + anxiety.id() + "/join", null);
        return browser;
    }

    private String posts() {
        return "/api/v1/groups/" + anxiety.id() + "/posts";
    }

    @Test
    void a_signed_out_api_call_is_a_401_in_json_not_a_redirect() {
        var visitor = site.visitor();

        var page = visitor.get("/api/v1/groups");

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.location()).isEmpty();
        assertThat(page.header("Content-Type")).startsWith("application/json");
        assertThat(page.json().at("/error/code").asText()).isEqualTo("signed_out");
        assertThat(page.json().at("/error/message").asText()).isNotBlank();
    }

    @Test
    void a_signed_out_change_is_a_401_too() {
        var visitor = site.visitor();
        visitor.get("/signin");

        var page = visitor.json("POST", posts(), "{\"content\":\"Hello.\"}");

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.json().at("/error/code").asText()).isEqualTo("signed_out");
    }

    @Test
    void malformed_json_is_a_400() {
        var asha = member("asha_k");

        var page = asha.json("POST", posts(), "{\"content\": ");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.json().at("/error/code").asText()).isEqualTo("malformed");
    }

    @Test
    void a_json_body_with_a_field_the_api_does_not_know_is_a_400() {
        var asha = member("asha_k");

        var page = asha.json("POST", posts(), "{\"content\":\"Hello.\",\"author\":\"someone_else\"}");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.json().at("/error/code").asText()).isEqualTo("malformed");
    }

    @Test
    void a_json_null_body_is_a_400() {
        var asha = member("asha_k");

        var page = asha.json("POST", posts(), "null");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.json().at("/error/code").asText()).isEqualTo("malformed");
    }

    @Test
    void a_missing_body_is_a_400() {
        var asha = member("asha_k");

        var page = asha.json("POST", posts(), null);

        assertThat(page.status()).isEqualTo(400);
    }

    @Test
    void a_body_over_the_size_limit_is_a_413_and_nothing_is_stored() {
        var asha = member("asha_k");
        var huge = "{\"content\":\"" + "a".repeat(70 * 1024) + "\"}";

        var page = asha.json("POST", posts(), huge);

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.json().at("/error/code").asText()).isEqualTo("too_large");
        assertThat(asha.get(posts()).json().get("posts")).isEmpty();
    }

    @Test
    void a_page_form_over_the_size_limit_gets_the_413_error_page_not_json() {
        var asha = member("asha_k");
        asha.get("/onboarding");

        var page = asha.postForm("/onboarding", "phone", "9".repeat(70 * 1024), "terms", Consent.CURRENT);

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void a_change_without_the_csrf_header_is_refused_and_nothing_is_stored() {
        var asha = member("asha_k");

        var page = asha.send(asha.request(posts()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"Hello.\"}")));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.json().at("/error/code").asText()).isEqualTo("bad_csrf");
        assertThat(asha.get(posts()).json().get("posts")).isEmpty();
    }

    @Test
    void a_change_with_a_forged_csrf_token_is_refused() {
        var asha = member("asha_k");
        asha.forgetCsrfToken();

        var page = asha.json("POST", posts(), "{\"content\":\"Hello.\"}");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.json().at("/error/code").asText()).isEqualTo("bad_csrf");
    }

    @Test
    void a_change_sent_from_another_sites_page_is_refused() {
        var asha = member("asha_k");
        asha.from("https://evil.example");

        var page = asha.json("POST", posts(), "{\"content\":\"Hello.\"}");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.json().at("/error/code").asText()).isEqualTo("bad_origin");
    }

    @Test
    void an_unknown_api_path_is_a_404_in_json() {
        var asha = member("asha_k");

        var page = asha.get("/api/v1/nothing/here");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.json().at("/error/code").asText()).isEqualTo("not_found");
    }

    @Test
    void api_answers_are_never_cached() {
        var asha = member("asha_k");

        var page = asha.get("/api/v1/groups");

        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    }
}
