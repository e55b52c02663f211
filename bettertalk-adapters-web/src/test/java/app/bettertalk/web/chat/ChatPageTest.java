package app.bettertalk.web.chat;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.Message;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ChatPageTest {
    private static final Pattern CLIENT_ID = Pattern.compile("name=\"clientMessageId\" value=\"([^\"]+)\"");

    private final TestSite site = new TestSite();
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_user_sees_the_mentors_name_with_a_verified_tick_linking_to_the_mentors_page() {
        var page = opened.user().get(opened.page());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<a id=\"counterpart-name\" href=\"/mentor/" + opened.mentorId() + "\">ravi_k</a>")
                .contains("id=\"verified\"").contains("aria-label=\"Verified mentor\"");
    }

    @Test
    void the_mentor_sees_the_users_name_without_a_tick_or_link() {
        var page = opened.mentor().get(opened.page());

        assertThat(page.body()).contains("<span id=\"counterpart-name\">asha_k</span>")
                .doesNotContain("id=\"verified\"");
    }

    @Test
    void the_countdown_is_the_cores_wording_of_the_time_left() {
        opened.moveClockTo(opened.endsAt().minus(Duration.ofDays(2).plusHours(3).plusMinutes(5)));

        var page = opened.user().get(opened.page());

        assertThat(page.body()).contains(">Free chat available for next 2 days 3 hours 5 minutes</p>");
    }

    @Test
    void the_page_carries_the_end_and_the_servers_time_for_the_browser_to_count_down() {
        opened.moveClockTo(site.clock.instant().plusSeconds(90));

        var page = opened.user().get(opened.page());

        assertThat(page.body()).contains("data-ends-at=\"" + opened.endsAt() + "\"")
                .contains("data-now=\"" + site.clock.instant() + "\"")
                .contains("data-writable=\"true\"")
                .contains("<script src=\"/assets/js/chat.js\" defer></script>");
    }

    @Test
    void the_page_links_the_notes_tab() {
        var page = opened.user().get(opened.page());

        assertThat(page.body()).contains("id=\"notes-tab\" href=\"/chat/" + opened.chat() + "/notes\"");
    }

    @Test
    void an_open_chat_has_a_working_form_and_no_banner() {
        var page = opened.user().get(opened.page());

        assertThat(page.body()).contains("<form id=\"composer\" class=\"composer\" method=\"post\" action=\"/chat/"
                        + opened.chat() + "/messages\">")
                .contains("<p id=\"expired-banner\" class=\"banner\" role=\"status\" hidden>")
                .doesNotContainPattern("placeholder=\"Write a message\"\\s+disabled");
        assertThat(page.body()).containsPattern("<button id=\"send\" type=\"submit\"\\s*>Send</button>");
    }

    @Test
    void sending_from_the_form_stores_the_message_and_goes_back_to_the_chat() {
        var form = opened.user().get(opened.page());

        var sent = opened.user().postForm(opened.page() + "/messages", "text", "I had a rough day.",
                "clientMessageId", clientId(form.body()));

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).isEqualTo(opened.page());
        assertThat(opened.user().get(opened.page()).body())
                .containsPattern("<li class=\"mine\" data-message-id=\"[^\"]+\">"
                        + "<span class=\"text\">I had a rough day\\.</span>");
    }

    @Test
    void the_other_participant_sees_the_message_as_theirs() {
        opened.send(opened.userId(), "c1", "hello ravi");

        var page = opened.mentor().get(opened.page());

        assertThat(page.body()).contains("<li class=\"theirs\"").contains("<span class=\"text\">hello ravi</span>");
    }

    @Test
    void a_resubmitted_form_stores_the_message_once() {
        var form = opened.user().get(opened.page());
        var clientId = clientId(form.body());

        opened.user().postForm(opened.page() + "/messages", "text", "only once", "clientMessageId", clientId);
        opened.user().postForm(opened.page() + "/messages", "text", "only once", "clientMessageId", clientId);

        assertThat(site.stores.chatMessages().latest(opened.chat(), 10)).extracting(Message::text)
                .containsExactly("only once");
    }

    @Test
    void every_render_of_the_page_gets_a_fresh_client_message_id() {
        var first = clientId(opened.user().get(opened.page()).body());
        var second = clientId(opened.user().get(opened.page()).body());

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_message_with_markup_is_shown_as_text() {
        opened.send(opened.userId(), "c1", "<script>alert('hi')</script><b>bold</b>");

        var page = opened.mentor().get(opened.page());

        assertThat(page.body()).contains("&lt;script&gt;alert('hi')&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void a_blank_message_shows_the_page_again_with_the_reason() {
        var form = opened.user().get(opened.page());

        var page = opened.user().postForm(opened.page() + "/messages", "text", "   ",
                "clientMessageId", clientId(form.body()));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Your message must not be blank.");
        assertThat(site.stores.chatMessages().latest(opened.chat())).isEmpty();
    }

    @Test
    void after_the_window_ends_the_page_is_read_only_with_the_banner_and_the_history() {
        opened.send(opened.mentorId(), "r1", "take care");
        opened.moveClockTo(opened.endsAt());

        var page = opened.user().get(opened.page());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<p id=\"expired-banner\" class=\"banner\" role=\"status\">"
                        + "Chat expired. Rebook a session to continue. <a id=\"rebook-link\" href=\"/mentor/"
                        + opened.mentorId() + "\">")
                .contains("data-writable=\"false\"")
                .contains("<button id=\"send\" type=\"submit\" disabled>Send</button>")
                .containsPattern("placeholder=\"Write a message\"\\s+disabled>")
                .contains("<span class=\"text\">take care</span>");
    }

    @Test
    void sending_after_the_window_ends_shows_the_banner_and_stores_nothing() {
        var form = opened.user().get(opened.page());
        opened.moveClockTo(opened.endsAt().plusSeconds(1));

        var page = opened.user().postForm(opened.page() + "/messages", "text", "one more thing",
                "clientMessageId", clientId(form.body()));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Chat expired. Rebook a session to continue.")
                .contains("disabled>one more thing</textarea>");
        assertThat(site.stores.chatMessages().latest(opened.chat())).isEmpty();
    }

    @Test
    void another_member_gets_not_found() {
        var stranger = site.member("kabir");

        var page = stranger.get(opened.page());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("ravi_k").doesNotContain("asha_k");
    }

    @Test
    void another_member_cannot_post_into_the_chat() {
        var stranger = site.member("kabir");
        stranger.get(opened.page());

        var page = stranger.postForm(opened.page() + "/messages", "text", "hi", "clientMessageId", "x1");

        assertThat(page.status()).isEqualTo(404);
        assertThat(site.stores.chatMessages().latest(opened.chat())).isEmpty();
    }

    @Test
    void an_admin_gets_not_found_too() {
        var admin = site.admin("meera_admin");

        assertThat(admin.get(opened.page()).status()).isEqualTo(404);
    }

    @Test
    void an_unknown_or_malformed_chat_id_is_not_found() {
        assertThat(opened.user().get("/chat/" + ChatId.random()).status()).isEqualTo(404);
        assertThat(opened.user().get("/chat/not-a-chat").status()).isEqualTo(404);
    }

    @Test
    void a_signed_out_visitor_is_sent_to_sign_in() {
        var page = site.visitor().get(opened.page());

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/signin?return=%2Fchat%2F");
    }

    private static String clientId(String body) {
        var matcher = CLIENT_ID.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
