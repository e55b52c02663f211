package app.bettertalk.web.chat;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.Message;
import app.bettertalk.web.Browser;
import app.bettertalk.web.Requests;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChatSocketTest {
    private final TestSite site = new TestSite();
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);
    private final List<ChatSocketClient> sockets = new ArrayList<>();

    @AfterEach
    void stop() {
        sockets.forEach(ChatSocketClient::close);
        site.close();
    }

    @Test
    void a_message_sent_on_one_socket_reaches_both_participants() {
        var user = connect(opened.user()).resume("");
        var mentor = connect(opened.mentor()).resume("");

        user.send("c1", "I had a rough day.");

        var mine = user.next();
        var theirs = mentor.next();
        assertThat(mine.path("type").asText()).isEqualTo("message");
        assertThat(mine.path("text").asText()).isEqualTo("I had a rough day.");
        assertThat(mine.path("mine").asBoolean()).isTrue();
        assertThat(mine.path("senderId").asText()).isEqualTo(opened.userId().toString());
        assertThat(theirs.path("id").asText()).isEqualTo(mine.path("id").asText());
        assertThat(theirs.path("mine").asBoolean()).isFalse();
    }

    @Test
    void the_message_is_stored_before_it_is_delivered() {
        var user = connect(opened.user()).resume("");

        user.send("c1", "stored first");

        var delivered = user.next();
        assertThat(site.stores.chatMessages().latest(opened.chat()).orElseThrow().id().toString())
                .isEqualTo(delivered.path("id").asText());
    }

    @Test
    void every_open_socket_of_a_participant_receives_the_messages_in_the_order_they_were_stored() {
        var user = connect(opened.user()).resume("");
        var mentorPhone = connect(opened.mentor()).resume("");
        var mentorLaptop = connect(opened.mentor()).resume("");

        for (var i = 1; i <= 5; i++) {
            user.send("u" + i, "user " + i);
            opened.send(opened.mentorId(), "m" + i, "mentor " + i);
        }

        var onUser = user.nextTexts(10);
        var onPhone = mentorPhone.nextTexts(10);
        var onLaptop = mentorLaptop.nextTexts(10);
        var stored = site.stores.chatMessages().latest(opened.chat(), 10).stream().map(Message::text).toList();
        assertThat(stored).hasSize(10);
        assertThat(onUser).containsExactlyElementsOf(stored);
        assertThat(onPhone).containsExactlyElementsOf(stored);
        assertThat(onLaptop).containsExactlyElementsOf(stored);
    }

    @Test
    void a_resume_with_no_message_id_sends_the_history_oldest_first() {
        opened.send(opened.userId(), "c1", "one");
        opened.send(opened.mentorId(), "r1", "two");

        var user = connect(opened.user()).resume("");

        assertThat(user.nextTexts(2)).containsExactly("one", "two");
    }

    @Test
    void a_reconnecting_client_gets_exactly_the_messages_it_missed_once_then_live_ones() {
        var first = connect(opened.user()).resume("");
        opened.send(opened.mentorId(), "r1", "before the drop");
        var lastSeen = first.next().path("id").asText();
        first.close();
        opened.send(opened.mentorId(), "r2", "missed one");
        opened.send(opened.mentorId(), "r3", "missed two");

        var again = connect(opened.user()).resume(lastSeen);
        var caughtUp = again.nextTexts(2);
        opened.send(opened.mentorId(), "r4", "live again");

        assertThat(caughtUp).containsExactly("missed one", "missed two");
        assertThat(again.nextTexts(1)).containsExactly("live again");
    }

    @Test
    void messages_stored_while_a_client_has_not_resumed_yet_are_sent_once_after_its_resume() {
        var user = connect(opened.user());
        opened.send(opened.mentorId(), "r1", "while connecting");

        user.resume("");
        var caughtUp = user.nextTexts(1);
        opened.send(opened.mentorId(), "r2", "fence");

        assertThat(caughtUp).containsExactly("while connecting");
        assertThat(user.nextTexts(1)).containsExactly("fence");
    }

    @Test
    void a_resent_client_message_id_is_stored_once_and_not_delivered_again() {
        var user = connect(opened.user()).resume("");
        var mentor = connect(opened.mentor()).resume("");
        user.send("same-id", "hello");
        user.next();
        mentor.next();

        user.send("same-id", "hello");
        user.send("next-id", "fence");

        assertThat(mentor.nextTexts(1)).containsExactly("fence");
        assertThat(user.nextTexts(1)).containsExactly("fence");
        assertThat(site.stores.chatMessages().latest(opened.chat(), 10)).extracting(Message::text)
                .containsExactly("hello", "fence");
    }

    @Test
    void a_message_resent_after_a_reconnect_is_caught_up_once_and_not_stored_again() {
        var before = opened.send(opened.mentorId(), "r1", "before");
        var first = connect(opened.user()).resume(before.id().toString());
        first.send("p1", "did this arrive?");
        first.next();
        first.close();

        var again = connect(opened.user()).resume(before.id().toString());
        again.send("p1", "did this arrive?");
        again.send("p2", "fence");

        assertThat(again.nextTexts(2)).containsExactly("did this arrive?", "fence");
        assertThat(site.stores.chatMessages().latest(opened.chat(), 10)).extracting(Message::text)
                .containsExactly("before", "did this arrive?", "fence");
    }

    @Test
    void a_message_sent_through_the_api_reaches_the_sockets() {
        var mentor = connect(opened.mentor()).resume("");
        opened.user().get(opened.page());

        opened.user().json("POST", opened.api() + "/messages", "{\"clientMessageId\":\"a1\",\"text\":\"by api\"}");

        assertThat(mentor.nextTexts(1)).containsExactly("by api");
    }

    @Test
    void a_send_after_the_window_ended_is_refused_with_chat_expired_and_every_socket_is_told() {
        var user = connect(opened.user()).resume("");
        var mentor = connect(opened.mentor()).resume("");
        opened.moveClockTo(opened.endsAt());

        user.send("late", "too late");

        var error = user.next();
        assertThat(error.path("type").asText()).isEqualTo("error");
        assertThat(error.path("code").asText()).isEqualTo("chat_expired");
        assertThat(user.next().path("type").asText()).isEqualTo("expired");
        var told = mentor.next();
        assertThat(told.path("type").asText()).isEqualTo("expired");
        assertThat(told.path("endsAt").asText()).isEqualTo(opened.endsAt().toString());
        assertThat(site.stores.chatMessages().latest(opened.chat())).isEmpty();
    }

    @Test
    void when_the_window_ends_an_open_socket_is_told_without_anyone_sending() {
        opened.send(opened.userId(), "c1", "hello");
        opened.moveClockTo(opened.endsAt().minusMillis(300));
        var mentor = connect(opened.mentor()).resume("");
        mentor.nextTexts(1);

        opened.moveClockTo(opened.endsAt());

        var told = mentor.next();
        assertThat(told.path("type").asText()).isEqualTo("expired");
    }

    @Test
    void a_socket_opened_after_the_window_ended_is_told_at_once_and_keeps_the_history_readable() {
        opened.send(opened.userId(), "c1", "kept");
        opened.moveClockTo(opened.endsAt().plus(Duration.ofDays(1)));

        var user = connect(opened.user());
        var told = user.next();
        user.resume("");

        assertThat(told.path("type").asText()).isEqualTo("expired");
        assertThat(user.nextTexts(1)).containsExactly("kept");
    }

    @Test
    void a_frame_that_is_not_json_is_answered_with_an_error_and_the_socket_stays_open() {
        var user = connect(opened.user()).resume("");

        user.raw("{not json");
        var error = user.next();
        user.send("c1", "still here");

        assertThat(error.path("type").asText()).isEqualTo("error");
        assertThat(error.path("code").asText()).isEqualTo("malformed");
        assertThat(user.nextTexts(1)).containsExactly("still here");
    }

    @Test
    void a_blank_message_is_refused_with_the_field() {
        var user = connect(opened.user()).resume("");

        user.send("c1", "   ");

        var error = user.next();
        assertThat(error.path("code").asText()).isEqualTo("validation");
        assertThat(error.path("field").asText()).isEqualTo("text");
    }

    @Test
    void the_text_goes_out_as_typed_for_the_page_to_show_as_text() {
        var user = connect(opened.user()).resume("");

        user.send("c1", "<script>alert(1)</script>");

        assertThat(user.nextTexts(1)).containsExactly("<script>alert(1)</script>");
    }

    @Test
    void a_connection_from_another_sites_page_is_refused_at_the_upgrade() {
        var status = ChatSocketClient.refusal(site.baseUrl, opened.user(), "https://evil.example", opened.chat());

        assertThat(status).isEqualTo(403);
    }

    @Test
    void a_connection_without_an_origin_is_refused_at_the_upgrade() {
        var status = ChatSocketClient.refusal(site.baseUrl, opened.user(), null, opened.chat());

        assertThat(status).isEqualTo(403);
    }

    @Test
    void another_member_cannot_open_the_chats_socket() {
        var stranger = site.member("kabir");

        var status = ChatSocketClient.refusal(site.baseUrl, stranger, site.baseUrl, opened.chat());

        assertThat(status).isEqualTo(404);
    }

    @Test
    void an_admin_cannot_open_the_chats_socket_either() {
        var admin = site.admin("meera_admin");

        var status = ChatSocketClient.refusal(site.baseUrl, admin, site.baseUrl, opened.chat());

        assertThat(status).isEqualTo(404);
    }

    @Test
    void a_signed_out_visitor_is_refused_at_the_upgrade() {
        var status = ChatSocketClient.refusal(site.baseUrl, site.visitor(), site.baseUrl, opened.chat());

        assertThat(status).isEqualTo(401);
    }

    @Test
    void an_unknown_or_malformed_chat_id_is_refused_as_not_found() {
        var unknown = ChatSocketClient.refusal(site.baseUrl, opened.user(), site.baseUrl, ChatId.random());
        var malformed = ChatSocketClient.refusal(site.baseUrl, opened.user(), site.baseUrl,
                "/ws/chats/not-an-id");

        assertThat(unknown).isEqualTo(404);
        assertThat(malformed).isEqualTo(404);
    }

    @Test
    void signing_out_closes_the_socket_at_once_and_stores_nothing_after() throws Exception {
        var user = connect(opened.user()).resume("");
        var token = opened.user().cookie(Requests.SESSION_COOKIE);
        opened.user().get(opened.page());

        opened.user().postForm("/signout");

        assertThat(user.closeCode()).isEqualTo(4401);
        assertThat(site.core.resumeSession().resume(token)).isEmpty();
        assertThat(site.stores.chatMessages().latest(opened.chat())).isEmpty();
    }

    @Test
    void a_session_ended_elsewhere_is_refused_at_the_next_frame_and_the_socket_closed() throws Exception {
        var user = connect(opened.user()).resume("");
        var token = opened.user().cookie(Requests.SESSION_COOKIE);
        // Ended in the store, as another server or the CLI would: this server learns of it at the next frame.
        site.core.endSession().end(token);

        user.send("c1", "still signed in?");

        assertThat(user.next().path("code").asText()).isEqualTo("signed_out");
        assertThat(user.closeCode()).isEqualTo(4401);
        assertThat(site.stores.chatMessages().latest(opened.chat())).isEmpty();
    }

    private ChatSocketClient connect(Browser browser) {
        var socket = ChatSocketClient.open(opened, browser);
        sockets.add(socket);
        return socket;
    }
}
