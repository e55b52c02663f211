package app.bettertalk.web.chats;

import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.booking.SimulatedPayments;
import app.bettertalk.web.chat.OpenChat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ChatListPageTest {
    private final TestSite site = new TestSite();
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_member_sees_the_mentors_name_time_left_last_message_time_and_unread_count() {
        opened.send(opened.mentorId(), "r1", "How are you today?");
        opened.send(opened.mentorId(), "r2", "Take your time.");

        var page = opened.user().get("/chats");

        assertThat(page.status()).isEqualTo(200);
        assertThat(rowOf(page.body())).contains("href=\"/chat/" + opened.chat() + "\">ravi_k</a>")
                .contains("aria-label=\"Verified mentor\"").contains("2 unread messages")
                .contains("Free chat available for next 7 days").contains("Last message <time")
                .contains("href=\"/mentor/" + opened.mentorId() + "\"");
    }

    @Test
    void the_last_message_time_is_shown_in_india_time() {
        opened.send(opened.mentorId(), "r1", "Hello");

        var page = opened.user().get("/chats");

        // TestSite's clock starts at 10:00 UTC, 3:30 PM in India.
        assertThat(rowOf(page.body())).contains("3:30 PM");
    }

    @Test
    void a_mentor_sees_the_member_under_their_anonymous_username_with_no_link_to_them() {
        var page = opened.mentor().get("/chats");

        assertThat(rowOf(page.body())).contains(">asha_k</a>").contains("you mentor")
                .doesNotContain("Mentor's page").doesNotContain("unread message");
    }

    @Test
    void a_chat_whose_window_has_ended_reads_ended_before_the_sweep() {
        opened.moveClockTo(opened.endsAt());

        var page = opened.user().get("/chats");

        assertThat(rowOf(page.body())).contains(">Ended</span>").doesNotContain("Free chat available");
    }

    @Test
    void chats_are_listed_newest_activity_first() {
        site.clock.advance(Duration.ofMinutes(5));
        var newer = secondChatOfTheMember();
        var before = opened.user().get("/chats").body();
        site.clock.advance(Duration.ofMinutes(5));
        opened.send(opened.mentorId(), "r1", "Hello again");

        var after = opened.user().get("/chats").body();

        assertThat(before.indexOf("chat-" + newer)).isLessThan(before.indexOf("chat-" + opened.chat()));
        assertThat(after.indexOf("chat-" + opened.chat())).isLessThan(after.indexOf("chat-" + newer));
    }

    @Test
    void opening_the_chat_marks_it_read() {
        opened.send(opened.mentorId(), "r1", "Hello");
        opened.user().get(opened.page());

        var page = opened.user().get("/chats");

        assertThat(rowOf(page.body())).doesNotContain("unread message");
    }

    @Test
    void reading_the_messages_through_the_api_marks_them_read() {
        opened.send(opened.mentorId(), "r1", "Hello");
        opened.user().get(opened.api() + "/messages");

        var list = opened.user().get("/api/v1/chats").json();

        assertThat(list.at("/chats/0/unread").asInt()).isZero();
    }

    @Test
    void someone_without_chats_is_told_how_a_chat_opens() {
        var page = site.member("kabir").get("/chats");

        assertThat(page.body()).contains("id=\"no-chats\"").contains("No chats yet.");
    }

    /** The member books and pays for a second mentor's plan; that chat's id. */
    private ChatId secondChatOfTheMember() {
        var meera = site.mentorWithPlan("meera", 3);
        var actor = site.core.identifyActor().identify(opened.userId());
        var plan = site.stores.plans().ofMentor(meera.userId(site.stores)).getFirst();
        var booking = site.core.bookPlan().book(new BookPlan.Command(actor, plan.id()));
        return site.core.confirmBooking().confirm(new ConfirmBooking.Command(actor, booking.id(),
                SimulatedPayments.referenceFor(booking.id()))).chat().id();
    }

    private String rowOf(String page) {
        var start = page.indexOf("<li id=\"chat-" + opened.chat() + "\"");
        assertThat(start).as("row of chat " + opened.chat()).isNotNegative();
        return page.substring(start, page.indexOf("</li>", start));
    }
}
