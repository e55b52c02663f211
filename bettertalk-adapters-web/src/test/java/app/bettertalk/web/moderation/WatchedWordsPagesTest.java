package app.bettertalk.web.moderation;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.ChangeModeratorRole;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.moderation.ViewModerationQueue;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins watch words on /admin/words; posts and comments meet them; links wait until an account is a day old. */
class WatchedWordsPagesTest {
    private final TestSite site = new TestSite();
    private Browser admin = site.admin("admin_k");
    private Browser mod = site.member("mod_k");
    private Browser asha = site.member("asha_k");
    private final Group group = site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety",
            "Worry, together."));

    @BeforeEach
    void setUp() {
        site.core.changeModeratorRole().change(new ChangeModeratorRole.Command(Actor.operator(),
                mod.userId(site.stores), true));
        site.core.joinGroup().join(new JoinGroup.Command(
                site.core.identifyActor().identify(asha.userId(site.stores)), group.id()));
        // Old enough to post links; signed in again, since a session lapses after 12 hours unused.
        site.clock.advance(Duration.ofDays(2));
        admin = again(admin);
        mod = again(mod);
        asha = again(asha);
    }

    /** The same person signed in afresh, with the CSRF token of a page they opened. */
    private Browser again(Browser browser) {
        var fresh = site.signedInAs(browser.userId(site.stores));
        fresh.get("/groups");
        return fresh;
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String onlyCaseId() {
        var queue = site.core.viewModerationQueue().view(new ViewModerationQueue.Query(Actor.operator(), 10));
        assertThat(queue).hasSize(1);
        return queue.getFirst().moderationCase().id().toString();
    }

    @Test
    void an_admin_watches_words_on_the_page_and_removes_them() {
        assertThat(admin.get("/admin").body()).contains("href=\"/admin/words\"");
        assertThat(admin.get("/admin/words").body()).contains("No word is watched.");

        var added = admin.postForm("/admin/words", "word", "  Scam* ", "action", "block");

        assertThat(added.status()).isEqualTo(303);
        var page = admin.get(added.location());
        assertThat(page.body()).contains("Watching “scam*”: refused, and the writer is asked to change it.")
                .contains("<strong>scam*</strong>").contains("data-action=\"block\"");

        var changed = admin.get(admin.postForm("/admin/words", "word", "scam*", "action", "flag").location());
        assertThat(changed.body()).contains("data-action=\"flag\"").doesNotContain("data-action=\"block\"");

        var removed = admin.get(admin.postForm("/admin/words/remove", "word", "SCAM*").location());
        assertThat(removed.body()).contains("Stopped watching “scam*”.").contains("No word is watched.");
    }

    @Test
    void a_link_cannot_make_the_page_announce_a_change_the_list_does_not_show() {
        admin.postForm("/admin/words", "word", "crypto", "action", "hold");

        assertThat(admin.get("/admin/words?watched=kindness").body()).doesNotContain("words-notice");
        assertThat(admin.get("/admin/words?removed=crypto").body()).doesNotContain("words-notice");
        assertThat(admin.get("/admin/words?watched=crypto").body()).contains("id=\"words-notice\"");
    }

    @Test
    void bad_input_is_a_422_that_keeps_what_was_typed_and_others_are_refused() {
        var noAction = admin.postForm("/admin/words", "word", "crypto", "action", "delete");
        var blank = admin.postForm("/admin/words", "word", "  ***  ", "action", "hold");
        var notWatched = admin.postForm("/admin/words/remove", "word", "never");

        assertThat(noAction.status()).isEqualTo(422);
        assertThat(noAction.body()).contains("What it does must be block, hold or flag.")
                .contains("value=\"crypto\"");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("The word must have a letter or a digit.");
        assertThat(notWatched.status()).isEqualTo(404);
        assertThat(notWatched.body()).contains("That word is not watched.");
        assertThat(mod.get("/admin/words").status()).isEqualTo(403);
        assertThat(asha.postForm("/admin/words", "word", "kind", "action", "block").status()).isEqualTo(403);
        assertThat(site.core.listWatchedWords().list(Actor.operator())).isEmpty();
    }

    @Test
    void a_blocked_word_is_refused_with_the_post_kept_in_the_form() {
        admin.postForm("/admin/words", "word", "scam*", "action", "block");

        var refused = asha.postForm("/groups/" + group.id() + "/posts", "content", "That SCAMMER again");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Your post has “scammer”, which is not allowed here: change it and try again.").contains("That SCAMMER again</textarea>");
        assertThat(site.stores.posts().newestInGroup(group.id(), 10)).isEmpty();
    }

    @Test
    void a_held_post_waits_until_a_moderator_approves_it() {
        admin.postForm("/admin/words", "word", "crypto", "action", "hold");

        var held = asha.postForm("/groups/" + group.id() + "/posts", "content", "Anyone paid for therapy in crypto?");

        assertThat(held.status()).isEqualTo(303);
        var page = asha.get(held.location());
        assertThat(page.body()).contains("What you wrote is waiting for a moderator")
                .doesNotContain("Anyone paid for therapy in crypto?");
        var queue = mod.get("/admin/moderation");
        assertThat(queue.body()).contains("Waiting for approval").contains("A watched word");
        var opened = mod.get("/admin/moderation/" + onlyCaseId());
        assertThat(opened.body()).contains("Anyone paid for therapy in crypto?").contains("Approve:")
                .contains("Watched word (hold): crypto").contains("the watched words list");

        var approved = mod.postForm("/admin/moderation/" + onlyCaseId() + "/decision", "outcome", "dismiss");

        assertThat(approved.status()).isEqualTo(303);
        assertThat(asha.get("/groups/" + group.id()).body()).contains("Anyone paid for therapy in crypto?");
    }

    @Test
    void the_api_answers_202_for_a_held_post_and_the_report_form_offers_no_watched_word_reason() {
        admin.postForm("/admin/words", "word", "crypto", "action", "hold");

        var held = asha.json("POST", "/api/v1/groups/" + group.id() + "/posts", "{\"content\":\"crypto?\"}");

        assertThat(held.status()).isEqualTo(202);
        assertThat(held.json().get("held").asBoolean()).isTrue();
        assertThat(held.json().get("id").asText()).isNotBlank();
        assertThat(held.json().has("content")).isFalse();
        assertThat(asha.get("/report?kind=profile&id=" + mod.userId(site.stores).value()).body())
                .doesNotContain("watched_word");
    }

    @Test
    void a_new_account_cannot_post_links_on_the_page_or_the_api() {
        var nina = site.member("nina_k");
        site.core.joinGroup().join(new JoinGroup.Command(
                site.core.identifyActor().identify(nina.userId(site.stores)), group.id()));

        var page = nina.postForm("/groups/" + group.id() + "/posts", "content", "Free sessions at cheap-help.biz");
        var api = nina.json("POST", "/api/v1/groups/" + group.id() + "/posts",
                "{\"content\":\"see https://example.org\"}");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Your post cannot have links until your account is a day old")
                .contains("Free sessions at cheap-help.biz</textarea>");
        assertThat(api.status()).isEqualTo(422);
        assertThat(api.json().toString()).contains("cannot have links");
        assertThat(site.stores.posts().newestInGroup(group.id(), 10)).isEmpty();

        site.clock.advance(Duration.ofHours(25));
        nina = again(nina);
        var later = nina.postForm("/groups/" + group.id() + "/posts", "content", "Free sessions at cheap-help.biz");
        assertThat(later.status()).isEqualTo(303);
    }
}
