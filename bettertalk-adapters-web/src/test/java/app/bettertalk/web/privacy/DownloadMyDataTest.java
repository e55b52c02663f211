package app.bettertalk.web.privacy;

import app.bettertalk.core.identity.Consent;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.chat.OpenChat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** "Download my data": a member's own ZIP, the same document as JSON and as a page, with nobody else's details. */
class DownloadMyDataTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void a_member_downloads_a_zip_of_their_profile_chats_messages_and_notes_as_json_and_as_a_page() throws Exception {
        var chat = OpenChat.between(site, "asha_k", "ravi_k", 7);
        chat.send(chat.userId(), "c1", "My panic <attacks> are back");
        chat.send(chat.mentorId(), "m1", "I am here. Tell me about this week.");
        var profile = chat.user().get("/profile");

        var download = chat.user().getBytes("/profile/data");

        assertThat(profile.body()).contains("href=\"/profile/data\"").contains("Download my data");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/zip"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"bettertalk-data-asha_k-" + site.clock.instant().toString()
                        .substring(0, 10) + ".zip\"");
        assertThat(download.headers().firstValue("Cache-Control")).contains("no-store");
        var files = unzip(download.body());
        assertThat(files.keySet()).containsExactly("data.json", "data.html");
        var json = files.get("data.json");
        var email = site.stores.users().byId(chat.userId()).orElseThrow().email().value();
        assertThat(json).contains("\"username\" : \"asha_k\"").contains("\"email\" : \"" + email + "\"")
                .contains("\"version\" : \"" + Consent.CURRENT + "\"")
                .contains("\"from\" : \"you\"").contains("\"text\" : \"My panic <attacks> are back\"")
                .contains("\"from\" : \"ravi_k\"").contains("\"text\" : \"I am here. Tell me about this week.\"")
                .contains("\"plan\" :");
        var mentorEmail = site.stores.users().byId(chat.mentorId()).orElseThrow().email().value();
        assertThat(json).doesNotContain(mentorEmail);
        assertThat(files.get("data.html")).contains("My panic &lt;attacks&gt; are back").doesNotContain("<attacks>")
                .doesNotContain(mentorEmail);
    }

    @Test
    void a_visitor_is_sent_to_sign_in_and_an_export_is_only_ever_one_s_own() throws IOException {
        var asha = site.member("asha_k");
        site.member("meera_k");

        var signedOut = site.visitor().get("/profile/data");
        var own = unzip(asha.getBytes("/profile/data").body()).get("data.json");

        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(own).contains("asha_k").doesNotContain("meera_k");
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
