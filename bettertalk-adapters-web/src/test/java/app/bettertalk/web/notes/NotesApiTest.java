package app.bettertalk.web.notes;

import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.chat.OpenChat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestSite site = new TestSite();
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);
    private final String api = "/api/v1/chats/" + opened.chat() + "/notes";

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_mentor_writes_notes_from_version_0_and_gets_version_1() {
        var mentor = ready(opened.mentor());

        var saved = mentor.json("PUT", api, "{\"text\":\"First session.\",\"baseVersion\":0}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(read(saved).path("version").asInt()).isEqualTo(1);
        assertThat(read(saved).path("text").asText()).isEqualTo("First session.");
    }

    @Test
    void the_user_reads_the_text_and_the_bookings_it_covers_but_no_history() {
        ready(opened.mentor()).json("PUT", api, "{\"text\":\"First session.\",\"baseVersion\":0}");

        var notes = read(opened.user().get(api));

        assertThat(notes.path("text").asText()).isEqualTo("First session.");
        assertThat(notes.path("version").asInt()).isEqualTo(1);
        assertThat(notes.path("editable").asBoolean()).isFalse();
        assertThat(notes.path("history").size()).isZero();
        assertThat(notes.path("coveredBookings").get(0).path("price").asLong()).isEqualTo(49_900);
        assertThat(notes.path("coveredBookings").get(0).path("status").asText()).isEqualTo("confirmed");
    }

    @Test
    void the_mentor_reads_the_revisions_newest_first() {
        var mentor = ready(opened.mentor());
        mentor.json("PUT", api, "{\"text\":\"one\",\"baseVersion\":0}");
        mentor.json("PUT", api, "{\"text\":\"two\",\"baseVersion\":1}");

        var notes = read(mentor.get(api));

        assertThat(notes.path("editable").asBoolean()).isTrue();
        assertThat(notes.path("history").findValuesAsText("text")).containsExactly("two", "one");
    }

    @Test
    void a_save_from_an_old_version_is_a_conflict() {
        var mentor = ready(opened.mentor());
        mentor.json("PUT", api, "{\"text\":\"one\",\"baseVersion\":0}");

        var stale = mentor.json("PUT", api, "{\"text\":\"other tab\",\"baseVersion\":0}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(read(stale).path("error").path("code").asText()).isEqualTo("notes_changed");
    }

    @Test
    void the_user_may_not_write() {
        var user = ready(opened.user());

        var refused = user.json("PUT", api, "{\"text\":\"mine now\",\"baseVersion\":0}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(read(refused).path("error").path("code").asText()).isEqualTo("mentor_only");
    }

    @Test
    void another_member_and_an_admin_get_404() {
        var stranger = ready(site.member("kabir"));
        var admin = site.admin("meera_admin");

        assertThat(stranger.get(api).status()).isEqualTo(404);
        assertThat(stranger.json("PUT", api, "{\"text\":\"x\",\"baseVersion\":0}").status()).isEqualTo(404);
        assertThat(admin.get(api).status()).isEqualTo(404);
    }

    @Test
    void a_save_without_base_version_or_text_is_refused_with_the_field() {
        var mentor = ready(opened.mentor());

        var noVersion = mentor.json("PUT", api, "{\"text\":\"x\"}");
        var noText = mentor.json("PUT", api, "{\"baseVersion\":0}");

        assertThat(noVersion.status()).isEqualTo(422);
        assertThat(read(noVersion).path("error").path("field").asText()).isEqualTo("baseVersion");
        assertThat(noText.status()).isEqualTo(422);
        assertThat(read(noText).path("error").path("field").asText()).isEqualTo("text");
    }

    @Test
    void malformed_json_is_a_400() {
        var mentor = ready(opened.mentor());

        var refused = mentor.json("PUT", api, "{\"text\":\"x\",\"baseVersion\":\"one\"}");

        assertThat(refused.status()).isEqualTo(400);
    }

    private Browser ready(Browser browser) {
        browser.get("/chat/" + opened.chat());
        return browser;
    }

    private static JsonNode read(Browser.Page page) {
        try {
            return JSON.readTree(page.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + page.body(), e);
        }
    }
}
