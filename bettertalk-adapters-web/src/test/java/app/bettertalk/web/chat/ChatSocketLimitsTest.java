package app.bettertalk.web.chat;

import app.bettertalk.core.limits.LimitedAction;
import app.bettertalk.core.limits.Rate;
import app.bettertalk.core.limits.RateLimits;
import app.bettertalk.web.Browser;
import app.bettertalk.web.OpenSockets;
import app.bettertalk.web.Requests;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat socket holds sends to the message limit (an error frame, and a close for a client that keeps going),
 * a session to a few sockets, and closes a session's sockets when it ends, without waiting for the client to send.
 */
class ChatSocketLimitsTest {
    private static final int SOCKETS = 3;

    private final TestSite site = TestSite.withLimits(limits());
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);
    private final List<ChatSocketClient> sockets = new ArrayList<>();

    private static RateLimits limits() {
        var limits = TestSite.ROOMY.with(LimitedAction.MESSAGE, new RateLimits.ActionLimits(Rate.parse("5/m"),
                Rate.parse("5/m"), Rate.parse("1000/m")));
        return new RateLimits(limits.actions(), Duration.ZERO, SOCKETS);
    }

    @AfterEach
    void stop() {
        sockets.forEach(ChatSocketClient::close);
        site.close();
    }

    private ChatSocketClient connect(Browser browser) {
        var socket = ChatSocketClient.open(opened, browser);
        sockets.add(socket);
        return socket;
    }

    private int stored() {
        return site.stores.chatMessages().latest(opened.chat(), 100).size();
    }

    @Test
    void a_send_over_the_limit_gets_an_error_frame_and_is_not_stored() {
        var user = connect(opened.user()).resume("");
        for (var i = 1; i <= 5; i++) {
            user.send("c" + i, "message " + i);
        }
        assertThat(user.nextTexts(5)).hasSize(5);

        user.send("c6", "one too many");

        var refused = user.next();
        assertThat(refused.path("type").asText()).isEqualTo("error");
        assertThat(refused.path("code").asText()).isEqualTo("rate_limited");
        assertThat(refused.path("message").asText()).contains("Please wait");
        assertThat(stored()).isEqualTo(5);
    }

    @Test
    void a_client_that_keeps_sending_after_being_refused_is_disconnected() throws Exception {
        var user = connect(opened.user()).resume("");
        for (var i = 1; i <= 5 + ChatSocket.REFUSALS_BEFORE_CLOSE; i++) {
            user.send("c" + i, "flood " + i);
        }

        assertThat(user.closeCode()).isEqualTo(ChatSocket.TOO_FAST);
        assertThat(stored()).isEqualTo(5);
    }

    @Test
    void the_http_send_shares_the_socket_limit() {
        var user = connect(opened.user()).resume("");
        for (var i = 1; i <= 5; i++) {
            user.send("c" + i, "message " + i);
        }
        user.nextTexts(5);

        var refused = opened.user().json("POST", opened.api() + "/messages",
                "{\"clientMessageId\":\"h1\",\"text\":\"over http\"}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(stored()).isEqualTo(5);
    }

    @Test
    void a_session_may_hold_only_a_few_sockets() {
        for (var i = 0; i < SOCKETS; i++) {
            // A frame answered shows the server holds the socket as open.
            connect(opened.user()).resume("").send("c" + i, "socket " + i).next();
        }

        var refused = ChatSocketClient.refusal(site.baseUrl, opened.user(), site.baseUrl, opened.chat());

        assertThat(refused).isEqualTo(429);
        // The other participant's session has its own allowance.
        connect(opened.mentor()).resume("");
    }

    @Test
    void signing_out_closes_that_sessions_sockets_at_once_and_no_more_messages_reach_them() throws Exception {
        var user = connect(opened.user()).resume("");
        var mentor = connect(opened.mentor()).resume("");

        opened.user().postForm("/signout");

        assertThat(user.closeCode()).isEqualTo(ChatSocket.SIGNED_OUT);
        opened.send(opened.mentorId(), "m1", "are you there?");
        assertThat(mentor.next().path("text").asText()).isEqualTo("are you there?");
    }

    @Test
    void a_session_ended_elsewhere_closes_its_sockets_within_the_recheck_without_any_frame() throws Exception {
        var user = connect(opened.user()).resume("");
        var started = System.nanoTime();

        // Ended in the store, as the CLI or another server would: nothing on this server is told.
        site.core.endSession().end(opened.user().cookie(Requests.SESSION_COOKIE));

        assertThat(user.closeCodeWithin(OpenSockets.RECHECK.multipliedBy(2))).isEqualTo(ChatSocket.SIGNED_OUT);
        System.out.printf("socket closed %d ms after its session ended elsewhere%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void signing_out_everywhere_closes_every_socket_of_the_person() throws Exception {
        var phone = connect(opened.user()).resume("");
        var otherDevice = site.signedInAs(opened.userId());
        var laptop = connect(otherDevice).resume("");

        opened.user().postForm("/signout/everywhere");

        assertThat(phone.closeCode()).isEqualTo(ChatSocket.SIGNED_OUT);
        assertThat(laptop.closeCode()).isEqualTo(ChatSocket.SIGNED_OUT);
    }
}
