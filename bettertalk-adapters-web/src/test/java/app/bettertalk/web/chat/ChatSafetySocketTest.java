package app.bettertalk.web.chat;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.moderation.DecideCase;
import app.bettertalk.core.moderation.Outcome;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.moderation.ReportSubject;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.admin.ModeratorBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the chat socket: the crisis prompt before a message goes out, the mentor's guide once it does, contact details
 * hidden with a word to the writer, and a suspension closing the suspended person's live sockets.
 */
class ChatSafetySocketTest {
    private final TestSite site = new TestSite();
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);
    private final List<ChatSocketClient> sockets = new ArrayList<>();

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

    @Test
    void a_message_that_suggests_risk_is_held_then_sent_anyway_and_the_mentor_is_shown_what_to_do() {
        var user = connect(opened.user()).resume("");
        var mentor = connect(opened.mentor()).resume("");

        user.send("c1", "I just want to end my life");
        var held = user.next();

        assertThat(held.path("type").asText()).isEqualTo("error");
        assertThat(held.path("code").asText()).isEqualTo("help_offered");
        assertThat(mentor.quietFor(Duration.ofMillis(300))).isTrue();
        assertThat(site.stores.chatMessages().latest(opened.chat())).isEmpty();

        user.raw("{\"type\":\"send\",\"clientMessageId\":\"c1\",\"text\":\"I just want to end my life\","
                + "\"sendAnyway\":true}");

        assertThat(user.next().path("text").asText()).isEqualTo("I just want to end my life");
        var frames = List.of(mentor.next(), mentor.next());
        assertThat(frames).extracting(frame -> frame.path("type").asText())
                .containsExactlyInAnyOrder("message", "concern");
        assertThat(user.quietFor(Duration.ofMillis(300))).isTrue();
        assertThat(opened.mentor().get(opened.page()).body()).contains("id=\"care-guide\" class=\"notice care-guide\"")
                .doesNotContain("id=\"care-guide\" class=\"notice care-guide\" aria-labelledby=\"care-guide-title\" hidden");
        assertThat(opened.user().get(opened.page()).body()).contains("care-guide-title\" hidden");
    }

    @Test
    void contact_details_in_a_message_are_hidden_and_only_the_writer_is_told() {
        var user = connect(opened.user()).resume("");
        var mentor = connect(opened.mentor()).resume("");

        user.send("c1", "text me on 98765 40001");

        var frames = List.of(user.next(), user.next());
        assertThat(frames).extracting(frame -> frame.path("type").asText())
                .containsExactlyInAnyOrder("message", "notice");
        assertThat(frames).filteredOn(frame -> frame.path("type").asText().equals("message")).singleElement()
                .satisfies(frame -> assertThat(frame.path("text").asText()).doesNotContain("98765")
                        .contains("hidden"));
        assertThat(mentor.next().path("text").asText()).doesNotContain("98765");
        assertThat(mentor.quietFor(Duration.ofMillis(300))).isTrue();
    }

    @Test
    void suspending_a_participant_closes_their_open_sockets_within_seconds() throws Exception {
        var phone = connect(opened.user()).resume("");
        var laptop = connect(site.signedInAs(opened.userId())).resume("");
        var mentor = connect(opened.mentor()).resume("");
        var message = opened.send(opened.userId(), "c1", "you are useless");
        phone.next();
        laptop.next();
        mentor.next();
        var reported = site.core.reportSubject().report(new ReportSubject.Command(
                site.core.identifyActor().identify(opened.mentorId()),
                new Subject(Subject.Kind.MESSAGE, message.id().value()), ReportReason.HARASSMENT, ""));
        var moderator = ModeratorBrowser.of(site, "mod_k");
        moderator.get("/admin/moderation/" + reported.caseId());
        var started = System.nanoTime();

        moderator.postForm("/admin/moderation/" + reported.caseId() + "/decision", "outcome", "suspend", "days", "3");

        assertThat(phone.closeCode()).isEqualTo(ChatSocket.SIGNED_OUT);
        assertThat(laptop.closeCode()).isEqualTo(ChatSocket.SIGNED_OUT);
        System.out.printf("suspension to sockets closed: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        opened.send(opened.mentorId(), "m1", "still here");
        assertThat(mentor.next().path("text").asText()).isEqualTo("still here");
    }

    @Test
    void a_suspension_decided_elsewhere_closes_the_sockets_at_the_next_check() throws Exception {
        var phone = connect(opened.user()).resume("");
        var message = opened.send(opened.userId(), "c1", "spam spam");
        phone.next();
        var reported = site.core.reportSubject().report(new ReportSubject.Command(
                site.core.identifyActor().identify(opened.mentorId()),
                new Subject(Subject.Kind.MESSAGE, message.id().value()), ReportReason.SPAM, ""));
        var started = System.nanoTime();

        // As the operator's command line would: nothing on this server is told.
        site.core.decideCase().decide(new DecideCase.Command(Actor.operator(), reported.caseId(), Outcome.BANNED,
                "", Optional.empty()));

        assertThat(phone.closeCodeWithin(Duration.ofSeconds(10))).isEqualTo(ChatSocket.SIGNED_OUT);
        System.out.printf("suspension elsewhere to socket closed: %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }
}
