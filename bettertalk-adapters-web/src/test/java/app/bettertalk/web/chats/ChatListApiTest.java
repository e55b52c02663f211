package app.bettertalk.web.chats;

import app.bettertalk.web.TestSite;
import app.bettertalk.web.chat.OpenChat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatListApiTest {
    private final TestSite site = new TestSite();
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void each_chat_comes_with_its_counterpart_state_and_unread_count() {
        opened.send(opened.mentorId(), "r1", "Hello");

        var list = opened.user().get("/api/v1/chats").json();

        var chat = list.at("/chats/0");
        assertThat(chat.get("id").asText()).isEqualTo(opened.chat().toString());
        assertThat(chat.at("/counterpart/name").asText()).isEqualTo("ravi_k");
        assertThat(chat.get("state").asText()).isEqualTo("active");
        assertThat(chat.get("unread").asInt()).isEqualTo(1);
        assertThat(chat.get("lastMessageAt").asText()).isEqualTo(site.clock.instant().toString());
        assertThat(list.get("unread").asInt()).isEqualTo(1);
    }

    @Test
    void a_chat_nobody_wrote_in_has_no_last_message_time() {
        var list = opened.user().get("/api/v1/chats").json();

        assertThat(list.at("/chats/0/lastMessageAt").isNull()).isTrue();
        assertThat(list.at("/chats/0/unread").asInt()).isZero();
    }

    @Test
    void a_chat_whose_window_has_ended_reads_ended_before_the_sweep() {
        opened.moveClockTo(opened.endsAt());

        var list = opened.mentor().get("/api/v1/chats").json();

        assertThat(list.at("/chats/0/state").asText()).isEqualTo("ended");
        assertThat(list.at("/chats/0/viewerIsMentor").asBoolean()).isTrue();
    }

    @Test
    void the_summary_of_a_chat_marks_nothing_read() {
        opened.send(opened.mentorId(), "r1", "Hello");
        opened.user().get(opened.api());

        var list = opened.user().get("/api/v1/chats").json();

        assertThat(list.get("unread").asInt()).isEqualTo(1);
    }

    @Test
    void a_signed_out_caller_gets_401() {
        var answer = site.visitor().get("/api/v1/chats");

        assertThat(answer.status()).isEqualTo(401);
    }
}
