package app.bettertalk.web.chats;

import app.bettertalk.web.TestSite;
import app.bettertalk.web.chat.OpenChat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The navigation's badge as the page renders it, before any script runs. */
class UnreadBadgeTest {
    private final TestSite site = new TestSite();
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void every_page_links_to_the_chats_with_the_total_unread() {
        opened.send(opened.mentorId(), "r1", "one");
        opened.send(opened.mentorId(), "r2", "two");

        var page = opened.user().get("/groups");

        assertThat(page.body()).contains("<a href=\"/chats\" id=\"nav-chats\">Chats")
                .contains("<span id=\"unread-count\">2</span>").doesNotContain("id=\"unread-badge\" class=\"badge\" hidden");
    }

    @Test
    void the_badge_is_hidden_with_nothing_unread() {
        var page = opened.user().get("/groups");

        assertThat(page.body()).contains("id=\"unread-badge\" class=\"badge\" hidden");
    }

    @Test
    void the_chat_page_counts_its_own_messages_as_read() {
        opened.send(opened.mentorId(), "r1", "one");

        var page = opened.user().get(opened.page());

        assertThat(page.body()).contains("<span id=\"unread-count\">0</span>");
    }

    @Test
    void the_badge_counts_only_the_viewers_own_unread_messages() {
        opened.send(opened.userId(), "a1", "one");

        assertThat(opened.user().get("/groups").body()).contains("<span id=\"unread-count\">0</span>");
        assertThat(opened.mentor().get("/groups").body()).contains("<span id=\"unread-count\">1</span>");
    }

    @Test
    void the_layout_loads_the_script_that_keeps_the_badge_current() {
        var page = opened.user().get("/groups");

        assertThat(page.body()).contains("<script src=\"/assets/js/unread.js\" defer></script>");
    }

    @Test
    void a_signed_out_page_has_no_badge_and_no_script() {
        var page = site.visitor().get("/");

        assertThat(page.body()).doesNotContain("unread-badge").doesNotContain("unread.js");
    }
}
