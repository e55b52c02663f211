package app.bettertalk.web.chat;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.Message;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ChatApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestSite site = new TestSite();
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_summary_names_the_other_person_the_end_the_servers_time_and_the_countdown() {
        opened.moveClockTo(opened.endsAt().minus(Duration.ofDays(1).plusMinutes(1)));

        var summary = read(opened.user().get(opened.api()));

        assertThat(summary.path("id").asText()).isEqualTo(opened.chat().toString());
        assertThat(summary.path("counterpart").path("name").asText()).isEqualTo("ravi_k");
        assertThat(summary.path("counterpart").path("verifiedMentor").asBoolean()).isTrue();
        assertThat(summary.path("mentorId").asText()).isEqualTo(opened.mentorId().toString());
        assertThat(summary.path("endsAt").asText()).isEqualTo(opened.endsAt().toString());
        assertThat(summary.path("now").asText()).isEqualTo(site.clock.instant().toString());
        assertThat(summary.path("writable").asBoolean()).isTrue();
        assertThat(summary.path("countdown").asText()).isEqualTo("Free chat available for next 1 day 1 minute");
    }

    @Test
    void after_the_window_the_summary_says_it_is_not_writable() {
        opened.moveClockTo(opened.endsAt());

        var summary = read(opened.mentor().get(opened.api()));

        assertThat(summary.path("writable").asBoolean()).isFalse();
        assertThat(summary.path("countdown").asText()).isEqualTo("Chat expired. Rebook a session to continue.");
        assertThat(summary.path("counterpart").path("verifiedMentor").asBoolean()).isFalse();
    }

    @Test
    void without_after_the_messages_are_the_latest_ones_oldest_first() {
        opened.send(opened.userId(), "c1", "one");
        opened.send(opened.mentorId(), "r1", "two");
        opened.send(opened.userId(), "c2", "three");

        var page = read(opened.user().get(opened.api() + "/messages?limit=2"));

        assertThat(page.path("messages").findValuesAsText("text")).containsExactly("two", "three");
    }

    @Test
    void after_a_message_come_the_ones_stored_after_it() {
        var first = opened.send(opened.userId(), "c1", "one");
        opened.send(opened.mentorId(), "r1", "two");
        opened.send(opened.userId(), "c2", "three");

        var page = read(opened.user().get(opened.api() + "/messages?after=" + first.id() + "&limit=1"));

        assertThat(page.path("messages").findValuesAsText("text")).containsExactly("two");
    }

    @Test
    void a_message_is_shown_with_its_id_sender_whether_it_is_mine_text_and_time() {
        var sent = opened.send(opened.userId(), "c1", "hello");

        var theirs = read(opened.mentor().get(opened.api() + "/messages")).path("messages").get(0);
        var mine = read(opened.user().get(opened.api() + "/messages")).path("messages").get(0);

        assertThat(theirs.path("id").asText()).isEqualTo(sent.id().toString());
        assertThat(theirs.path("senderId").asText()).isEqualTo(opened.userId().toString());
        assertThat(theirs.path("mine").asBoolean()).isFalse();
        assertThat(theirs.path("text").asText()).isEqualTo("hello");
        assertThat(theirs.path("sentAt").asText()).isEqualTo(sent.sentAt().toString());
        assertThat(theirs.path("clientMessageId").isNull()).isTrue();
        assertThat(mine.path("mine").asBoolean()).isTrue();
        assertThat(mine.path("clientMessageId").asText()).isEqualTo("c1");
    }

    @Test
    void sending_answers_201_with_the_stored_message() {
        var user = ready(opened.user());

        var sent = user.json("POST", opened.api() + "/messages", "{\"clientMessageId\":\"a1\",\"text\":\"hello\"}");

        assertThat(sent.status()).isEqualTo(201);
        var message = read(sent);
        assertThat(message.path("text").asText()).isEqualTo("hello");
        assertThat(message.path("mine").asBoolean()).isTrue();
        assertThat(message.path("id").asText())
                .isEqualTo(site.stores.chatMessages().latest(opened.chat()).orElseThrow().id().toString());
    }

    @Test
    void a_retried_send_answers_200_with_the_same_message_stored_once() {
        var user = ready(opened.user());
        var first = read(user.json("POST", opened.api() + "/messages", "{\"clientMessageId\":\"a1\",\"text\":\"hi\"}"));

        var retried = user.json("POST", opened.api() + "/messages", "{\"clientMessageId\":\"a1\",\"text\":\"hi\"}");

        assertThat(retried.status()).isEqualTo(200);
        assertThat(read(retried).path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(site.stores.chatMessages().latest(opened.chat(), 10)).hasSize(1);
    }

    @Test
    void sending_after_the_window_is_refused_with_chat_expired() {
        var user = ready(opened.user());
        opened.moveClockTo(opened.endsAt());

        var refused = user.json("POST", opened.api() + "/messages", "{\"clientMessageId\":\"a1\",\"text\":\"late\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(read(refused).path("error").path("code").asText()).isEqualTo("chat_expired");
        assertThat(site.stores.chatMessages().latest(opened.chat())).isEmpty();
    }

    @Test
    void reading_stays_allowed_after_the_window() {
        opened.send(opened.userId(), "c1", "kept");
        opened.moveClockTo(opened.endsAt().plus(Duration.ofDays(3)));

        var page = opened.user().get(opened.api() + "/messages");

        assertThat(page.status()).isEqualTo(200);
        assertThat(read(page).path("messages").findValuesAsText("text")).containsExactly("kept");
    }

    @Test
    void a_blank_text_is_refused_with_the_field() {
        var user = ready(opened.user());

        var refused = user.json("POST", opened.api() + "/messages", "{\"clientMessageId\":\"a1\",\"text\":\" \"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(read(refused).path("error").path("field").asText()).isEqualTo("text");
    }

    @Test
    void a_missing_client_message_id_is_refused_with_the_field() {
        var user = ready(opened.user());

        var refused = user.json("POST", opened.api() + "/messages", "{\"text\":\"hello\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(read(refused).path("error").path("field").asText()).isEqualTo("clientMessageId");
    }

    @Test
    void malformed_json_is_a_400() {
        var user = ready(opened.user());

        var refused = user.json("POST", opened.api() + "/messages", "{\"text\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(read(refused).path("error").path("code").asText()).isEqualTo("malformed");
    }

    @Test
    void a_limit_out_of_range_or_not_a_number_is_refused_with_the_field() {
        var tooMany = opened.user().get(opened.api() + "/messages?limit=501");
        var words = opened.user().get(opened.api() + "/messages?limit=lots");

        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(read(tooMany).path("error").path("field").asText()).isEqualTo("limit");
        assertThat(words.status()).isEqualTo(422);
        assertThat(read(words).path("error").path("field").asText()).isEqualTo("limit");
    }

    @Test
    void an_after_that_is_not_a_message_id_is_refused_with_the_field() {
        var refused = opened.user().get(opened.api() + "/messages?after=yesterday");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(read(refused).path("error").path("field").asText()).isEqualTo("after");
    }

    @Test
    void another_member_gets_404_for_everything_about_the_chat() {
        var stranger = ready(site.member("kabir"));

        var summary = stranger.get(opened.api());
        var messages = stranger.get(opened.api() + "/messages");
        var send = stranger.json("POST", opened.api() + "/messages", "{\"clientMessageId\":\"k1\",\"text\":\"hi\"}");

        assertThat(summary.status()).isEqualTo(404);
        assertThat(messages.status()).isEqualTo(404);
        assertThat(send.status()).isEqualTo(404);
        assertThat(read(summary).path("error").path("code").asText()).isEqualTo("not_found");
        assertThat(site.stores.chatMessages().latest(opened.chat())).isEmpty();
    }

    @Test
    void an_admin_gets_404_too() {
        var admin = site.admin("meera_admin");

        assertThat(admin.get(opened.api()).status()).isEqualTo(404);
        assertThat(admin.get(opened.api() + "/messages").status()).isEqualTo(404);
    }

    @Test
    void an_unknown_chat_is_404_like_another_persons() {
        var page = opened.user().get("/api/v1/chats/" + ChatId.random() + "/messages");

        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void signed_out_the_api_answers_401() {
        var page = site.visitor().get(opened.api());

        assertThat(page.status()).isEqualTo(401);
        assertThat(read(page).path("error").path("code").asText()).isEqualTo("signed_out");
    }

    @Test
    void a_send_without_the_csrf_header_is_refused() {
        var user = ready(opened.user());
        user.forgetCsrfToken();

        var refused = user.json("POST", opened.api() + "/messages", "{\"clientMessageId\":\"a1\",\"text\":\"hi\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(site.stores.chatMessages().latest(opened.chat(), 10)).extracting(Message::text).isEmpty();
    }

    /** A browser that has loaded a page (the chat's, or the error page a stranger gets), so it holds the token. */
    private Browser ready(Browser browser) {
        browser.get(opened.page());
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
