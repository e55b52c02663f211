package app.bettertalk.web.chats;

import app.bettertalk.web.Requests;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.chat.ChatSocketClient;
import app.bettertalk.web.chat.OpenChat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class UnreadSocketTest {
    private final TestSite site = new TestSite();
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);

    @AfterEach
    void stop() {
        site.close();
    }

    private ChatSocketClient badgeOfTheMember() {
        return ChatSocketClient.openAt(site.baseUrl, opened.user(), site.baseUrl, "/ws/unread");
    }

    @Test
    void on_connecting_it_says_the_total() {
        opened.send(opened.mentorId(), "r1", "one");

        try (var socket = badgeOfTheMember()) {
            var frame = socket.next();

            assertThat(frame.get("type").asText()).isEqualTo("unread");
            assertThat(frame.get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void a_message_from_the_other_person_raises_the_total() {
        try (var socket = badgeOfTheMember()) {
            socket.next();

            opened.send(opened.mentorId(), "r1", "one");

            assertThat(socket.next().get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void a_burst_of_messages_is_told_once_with_the_new_total() {
        try (var socket = badgeOfTheMember()) {
            socket.next();

            opened.send(opened.mentorId(), "r1", "one");
            opened.send(opened.mentorId(), "r2", "two");
            opened.send(opened.mentorId(), "r3", "three");

            assertThat(socket.next().get("total").asInt()).isEqualTo(3);
            assertThat(socket.quietFor(Duration.ofMillis(1500))).isTrue();
        }
    }

    @Test
    void the_persons_own_message_changes_nothing_so_it_says_nothing() {
        try (var socket = badgeOfTheMember()) {
            socket.next();

            opened.send(opened.userId(), "a1", "one");

            assertThat(socket.quietFor(Duration.ofMillis(1500))).isTrue();
        }
    }

    @Test
    void after_reading_the_chat_elsewhere_a_refresh_says_the_lower_total() {
        opened.send(opened.mentorId(), "r1", "one");
        try (var socket = badgeOfTheMember()) {
            socket.next();
            opened.user().get(opened.page());

            socket.raw("{\"type\":\"refresh\"}");

            assertThat(socket.next().get("total").asInt()).isZero();
        }
    }

    @Test
    void a_signed_out_upgrade_is_refused_with_401() {
        assertThat(ChatSocketClient.refusal(site.baseUrl, site.visitor(), site.baseUrl, "/ws/unread"))
                .isEqualTo(401);
    }

    @Test
    void an_upgrade_from_another_sites_page_is_refused_with_403() {
        assertThat(ChatSocketClient.refusal(site.baseUrl, opened.user(), "https://evil.example", "/ws/unread"))
                .isEqualTo(403);
    }

    @Test
    void someone_who_has_not_onboarded_is_refused_with_403() {
        assertThat(ChatSocketClient.refusal(site.baseUrl, site.newcomer("Nila"), site.baseUrl, "/ws/unread"))
                .isEqualTo(403);
    }

    @Test
    void signing_out_closes_the_badge_socket_at_once() throws Exception {
        try (var socket = badgeOfTheMember()) {
            socket.next();

            opened.user().postForm("/signout");

            assertThat(socket.closeCode()).isEqualTo(UnreadSocket.SIGNED_OUT);
        }
    }

    @Test
    void once_the_session_has_ended_elsewhere_a_refresh_closes_the_socket_as_signed_out() throws Exception {
        try (var socket = badgeOfTheMember()) {
            socket.next();
            site.core.endSession().end(opened.user().cookie(Requests.SESSION_COOKIE));

            socket.raw("{\"type\":\"refresh\"}");

            assertThat(socket.closeCode()).isEqualTo(UnreadSocket.SIGNED_OUT);
        }
    }
}
