package app.bettertalk.web.notes;

import app.bettertalk.core.notes.WriteNotes;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.chat.OpenChat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotesPageTest {
    private final TestSite site = new TestSite();
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);
    private final String notes = "/chat/" + opened.chat() + "/notes";

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_member_reads_once_that_no_notes_are_written_yet() {
        var page = opened.user().get(notes);

        assertThat(page.body()).contains("Your mentor has not written any notes yet.").doesNotContain("Not written yet.");
    }

    @Test
    void the_mentor_gets_an_empty_form_editing_from_version_0() {
        var page = opened.mentor().get(notes);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form id=\"notes-form\" method=\"post\" action=\"" + notes + "\"")
                .contains("name=\"baseVersion\" value=\"0\"")
                .contains("Not written yet.")
                .contains("id=\"no-revisions\"");
    }

    @Test
    void the_mentor_saves_and_sees_the_text_and_its_revision() {
        opened.mentor().get(notes);

        var saved = opened.mentor().postForm(notes, "text", "Sleep is the theme this week.", "baseVersion", "0");
        var page = opened.mentor().get(notes);

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(notes);
        assertThat(page.body()).contains(">Sleep is the theme this week.</textarea>")
                .contains("name=\"baseVersion\" value=\"1\"")
                .contains("<li data-version=\"1\">")
                .contains("Last saved 25 Nov 2026, 3:30 PM.");
    }

    @Test
    void the_user_reads_the_notes_without_a_form() {
        write("Try the breathing exercise.", 0);

        var page = opened.user().get(notes);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<div id=\"notes-text\" class=\"card post\">Try the breathing exercise.</div>")
                .doesNotContain("notes-form").doesNotContain("<textarea").doesNotContain("id=\"revisions\"");
    }

    @Test
    void the_user_sees_which_bookings_the_notes_cover() {
        var page = opened.user().get(notes);

        assertThat(page.body()).contains("<ul id=\"covered-bookings\"").contains("7 days of chat · ₹499 ·")
                .contains("booked 25 Nov 2026, 3:30 PM · Active");
    }

    @Test
    void before_the_mentor_writes_the_user_is_told_so() {
        var page = opened.user().get(notes);

        assertThat(page.body()).contains("Your mentor has not written any notes yet.");
    }

    @Test
    void a_save_from_an_old_version_keeps_the_typed_text_and_shows_the_latest_beside_it() {
        opened.mentor().get(notes);
        write("Saved in another tab.", 0);

        var page = opened.mentor().postForm(notes, "text", "My longer thoughts.", "baseVersion", "0");

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("id=\"notes-conflict\"")
                .contains("These notes were changed in another window since you opened them.")
                .contains(">My longer thoughts.</textarea>")
                .contains("name=\"baseVersion\" value=\"1\"")
                .contains("<div id=\"latest-notes\" class=\"card post\">Saved in another tab.</div>");
        assertThat(site.stores.notes().of(opened.chat()).orElseThrow().text()).isEqualTo("Saved in another tab.");
    }

    @Test
    void saving_again_after_a_conflict_replaces_the_latest_version() {
        opened.mentor().get(notes);
        write("Saved in another tab.", 0);
        opened.mentor().postForm(notes, "text", "Mine.", "baseVersion", "0");

        var saved = opened.mentor().postForm(notes, "text", "Mine.", "baseVersion", "1");

        assertThat(saved.status()).isEqualTo(303);
        assertThat(site.stores.notes().of(opened.chat()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void notes_that_are_too_long_are_shown_again_with_the_reason() {
        opened.mentor().get(notes);

        var page = opened.mentor().postForm(notes, "text", "a".repeat(50_001), "baseVersion", "0");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"notes-error\"").contains("Notes must be at most 50000 characters.");
    }

    @Test
    void a_tampered_base_version_is_a_bad_request() {
        opened.mentor().get(notes);

        var page = opened.mentor().postForm(notes, "text", "x", "baseVersion", "latest");

        assertThat(page.status()).isEqualTo(400);
    }

    @Test
    void the_user_cannot_write_the_notes() {
        opened.user().get(notes);

        var page = opened.user().postForm(notes, "text", "I'd like to change this", "baseVersion", "0");

        assertThat(page.status()).isEqualTo(403);
        assertThat(site.stores.notes().of(opened.chat())).isEmpty();
    }

    @Test
    void notes_with_markup_are_shown_as_text() {
        write("<img src=x onerror=alert(1)>", 0);

        var page = opened.user().get(notes);

        assertThat(page.body()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    }

    @Test
    void another_member_gets_not_found_and_cannot_write() {
        var stranger = site.member("kabir");
        stranger.get(notes);

        var page = stranger.get(notes);
        var written = stranger.postForm(notes, "text", "hi", "baseVersion", "0");

        assertThat(page.status()).isEqualTo(404);
        assertThat(written.status()).isEqualTo(404);
        assertThat(site.stores.notes().of(opened.chat())).isEmpty();
    }

    @Test
    void an_admin_gets_not_found() {
        var admin = site.admin("meera_admin");

        assertThat(admin.get(notes).status()).isEqualTo(404);
    }

    @Test
    void the_notes_page_links_back_to_the_chat() {
        var page = opened.user().get(notes);

        assertThat(page.body()).contains("<a id=\"chat-tab\" href=\"/chat/" + opened.chat() + "\">Chat</a>");
    }

    private void write(String text, int baseVersion) {
        var mentor = site.core.identifyActor().identify(opened.mentorId());
        site.core.writeNotes().write(new WriteNotes.Command(mentor, opened.chat(), text, baseVersion));
    }
}
