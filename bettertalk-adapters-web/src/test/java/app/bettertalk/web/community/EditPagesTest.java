package app.bettertalk.web.community;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.Comment;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditPagesTest {
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String AT_RISK = "I can't do this anymore, I want to die";

    private final TestSite site = new TestSite();
    private final Group anxiety = site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety",
            "Worry, together."));
    private final Browser asha = joined(site.member("asha_k"));
    private final Browser ravi = joined(site.member("ravi_k"));
    private final Post post = post(asha, "A hard week.");
    private final Comment comment = comment(ravi, post, "Sending strength.");

    @AfterEach
    void stop() {
        site.close();
    }

    private Actor actorOf(Browser browser) {
        return site.core.identifyActor().identify(browser.userId(site.stores));
    }

    private Browser joined(Browser browser) {
        site.core.joinGroup().join(new JoinGroup.Command(actorOf(browser), anxiety.id()));
        return browser;
    }

    private Post post(Browser author, String content) {
        site.clock.advance(Duration.ofMinutes(1));
        return site.core.writePost().write(new WritePost.Command(actorOf(author), anxiety.id(), content));
    }

    private Comment comment(Browser author, Post on, String content) {
        site.clock.advance(Duration.ofMinutes(1));
        return site.core.writeComment().write(new WriteComment.Command(actorOf(author), on.id(), content));
    }

    private String groupPage() {
        return "/groups/" + anxiety.id();
    }

    private Post stored() {
        return site.stores.posts().byId(post.id()).orElseThrow();
    }

    private List<Comment> storedComments() {
        return site.stores.comments().onPosts(List.of(post.id()));
    }

    @Test
    void the_writer_is_offered_edit_and_delete_on_their_own_post_and_comment_and_report_on_the_others() {
        var page = asha.get(groupPage()).body();

        assertThat(page).contains("id=\"edit-post-" + post.id() + "\"").contains("href=\"/posts/" + post.id()
                        + "/edit\"").contains("action=\"/posts/" + post.id() + "/delete\"")
                .doesNotContain("id=\"report-post-" + post.id() + "\"")
                .contains("id=\"report-comment-" + comment.id() + "\"")
                .doesNotContain("id=\"edit-comment-" + comment.id() + "\"")
                .doesNotContain("action=\"/comments/" + comment.id() + "/delete\"");
        assertThat(ravi.get(groupPage()).body()).contains("id=\"edit-comment-" + comment.id() + "\"")
                .contains("action=\"/comments/" + comment.id() + "/delete\"")
                .doesNotContain("id=\"edit-post-" + post.id() + "\"");
    }

    @Test
    void the_writer_edits_a_post_in_its_form_and_the_group_page_shows_it_marked_edited() {
        var form = asha.get("/posts/" + post.id() + "/edit");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Edit your post").contains(">A hard week.</textarea>")
                .contains("action=\"/posts/" + post.id() + "/edit\"").contains("name=\"group\" value=\""
                        + anxiety.id() + "\"");
        site.clock.advance(Duration.ofMinutes(5));

        var saving = asha.postForm("/posts/" + post.id() + "/edit", "content", "A better week.", "group",
                anxiety.id().toString());

        assertThat(saving.status()).isEqualTo(303);
        assertThat(saving.location()).isEqualTo(groupPage() + "#post-" + post.id());
        var page = ravi.get(groupPage()).body();
        assertThat(page).contains("A better week.").doesNotContain("A hard week.")
                .contains("id=\"edited-post-" + post.id() + "\"").contains("(edited)");
        assertThat(stored().editedAt()).contains(site.clock.instant());
    }

    @Test
    void a_post_never_edited_is_not_marked_edited() {
        assertThat(ravi.get(groupPage()).body()).doesNotContain("(edited)");
    }

    @Test
    void a_blank_edit_comes_back_with_the_reason_and_changes_nothing() {
        asha.get("/posts/" + post.id() + "/edit");

        var saving = asha.postForm("/posts/" + post.id() + "/edit", "content", "  ", "group",
                anxiety.id().toString());

        assertThat(saving.status()).isEqualTo(422);
        assertThat(saving.body()).contains("Your post must not be blank.").contains("id=\"edit-form\"");
        assertThat(stored()).isEqualTo(post);
    }

    @Test
    void a_too_long_edit_comes_back_with_what_was_typed_shown_as_text() {
        var tooLong = "</textarea>" + SCRIPT + "b".repeat(Post.MAX_LENGTH);

        var saving = asha.postForm("/posts/" + post.id() + "/edit", "content", tooLong, "group",
                anxiety.id().toString());

        assertThat(saving.status()).isEqualTo(422);
        assertThat(saving.body()).contains("Your post must be at most 10000 characters.")
                .contains("b".repeat(Post.MAX_LENGTH)).doesNotContain(SCRIPT).doesNotContain("</textarea><script>");
        assertThat(stored()).isEqualTo(post);
    }

    @Test
    void an_edit_that_suggests_risk_waits_behind_the_helplines_and_is_saved_once_chosen() {
        var held = asha.postForm("/posts/" + post.id() + "/edit", "content", AT_RISK, "group",
                anxiety.id().toString());

        assertThat(held.status()).isEqualTo(409);
        assertThat(held.body()).contains("Before this goes out").contains("tel:14416").contains(AT_RISK)
                .contains("action=\"/posts/" + post.id() + "/edit\"").contains("name=\"sendAnyway\" value=\"yes\"")
                .contains("name=\"group\" value=\"" + anxiety.id() + "\"").contains("Save it anyway");
        assertThat(stored()).isEqualTo(post);

        var sent = asha.postForm("/posts/" + post.id() + "/edit", "content", AT_RISK, "group",
                anxiety.id().toString(), "sendAnyway", "yes");

        assertThat(sent.status()).isEqualTo(303);
        assertThat(stored().content()).isEqualTo(AT_RISK);
    }

    @Test
    void contact_details_in_an_edit_are_hidden_and_the_writer_is_told() {
        var saving = asha.postForm("/posts/" + post.id() + "/edit", "content", "Call me on 98765 40001",
                "group", anxiety.id().toString());

        assertThat(saving.location()).isEqualTo(groupPage() + "?hidden=contact#post-" + post.id());
        assertThat(stored().content()).doesNotContain("98765").contains("[phone hidden]");
        assertThat(asha.get(saving.location()).body()).contains("id=\"contact-hidden\"");
    }

    @Test
    void the_edit_form_shows_markup_in_the_text_as_text() {
        var scripted = post(asha, SCRIPT);

        var form = asha.get("/posts/" + scripted.id() + "/edit");

        assertThat(form.body()).doesNotContain(SCRIPT).contains("&lt;script&gt;");
    }

    @Test
    void the_writer_edits_a_comment_and_it_shows_marked_edited_under_its_post() {
        var form = ravi.get("/comments/" + comment.id() + "/edit");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Edit your comment").contains(">Sending strength.</textarea>");

        var saving = ravi.postForm("/comments/" + comment.id() + "/edit", "content", "Sending strength, always.",
                "group", anxiety.id().toString());

        assertThat(saving.status()).isEqualTo(303);
        assertThat(saving.location()).isEqualTo(groupPage() + "#comment-" + comment.id());
        var page = asha.get(groupPage()).body();
        assertThat(page).contains("Sending strength, always.").contains("id=\"edited-comment-" + comment.id() + "\"")
                .doesNotContain("id=\"edited-post-");
    }

    @Test
    void a_blank_comment_edit_comes_back_with_the_reason() {
        var saving = ravi.postForm("/comments/" + comment.id() + "/edit", "content", "", "group",
                anxiety.id().toString());

        assertThat(saving.status()).isEqualTo(422);
        assertThat(saving.body()).contains("Your comment must not be blank.");
        assertThat(storedComments()).containsExactly(comment);
    }

    @Test
    void deleting_a_post_asks_first_and_then_takes_it_and_its_comments_off_the_page() {
        asha.get(groupPage());

        var asked = asha.postForm("/posts/" + post.id() + "/delete", "group", anxiety.id().toString());

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("Delete your post?").contains("A hard week.")
                .contains("nor the comments under it").contains("name=\"confirm\" value=\"yes\"")
                .contains("href=\"" + groupPage() + "\"");
        assertThat(site.stores.posts().byId(post.id())).isPresent();

        var deleting = asha.postForm("/posts/" + post.id() + "/delete", "group", anxiety.id().toString(),
                "confirm", "yes");

        assertThat(deleting.status()).isEqualTo(303);
        assertThat(deleting.location()).isEqualTo(groupPage());
        assertThat(ravi.get(groupPage()).body()).doesNotContain("A hard week.").doesNotContain("Sending strength.")
                .contains("No posts yet.");
        assertThat(asha.get("/posts/" + post.id() + "/edit").status()).isEqualTo(404);
    }

    @Test
    void deleting_a_comment_asks_first_and_then_takes_it_off_the_page() {
        var asked = ravi.postForm("/comments/" + comment.id() + "/delete", "group", anxiety.id().toString());

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("Delete your comment?").contains("Sending strength.")
                .doesNotContain("nor the comments under it");
        assertThat(storedComments()).containsExactly(comment);

        var deleting = ravi.postForm("/comments/" + comment.id() + "/delete", "group", anxiety.id().toString(),
                "confirm", "yes");

        assertThat(deleting.status()).isEqualTo(303);
        assertThat(deleting.location()).isEqualTo(groupPage());
        assertThat(asha.get(groupPage()).body()).contains("A hard week.").doesNotContain("Sending strength.");
    }

    @Test
    void a_stranger_can_neither_edit_nor_delete_someone_elses_post() {
        var sam = site.member("sam_k");
        sam.get(groupPage());

        var form = sam.get("/posts/" + post.id() + "/edit");
        var saving = sam.postForm("/posts/" + post.id() + "/edit", "content", "Mine now.", "group",
                anxiety.id().toString());
        var asking = sam.postForm("/posts/" + post.id() + "/delete", "group", anxiety.id().toString());
        var deleting = sam.postForm("/posts/" + post.id() + "/delete", "group", anxiety.id().toString(),
                "confirm", "yes");

        assertThat(List.of(form.status(), saving.status(), asking.status(), deleting.status()))
                .containsOnly(403);
        assertThat(form.body()).doesNotContain("id=\"edit-form\"");
        assertThat(asking.body()).doesNotContain("id=\"delete-form\"");
        assertThat(stored()).isEqualTo(post);
    }

    @Test
    void the_author_of_the_post_can_neither_edit_nor_delete_a_comment_on_it() {
        var form = asha.get("/comments/" + comment.id() + "/edit");
        var saving = asha.postForm("/comments/" + comment.id() + "/edit", "content", "Mine now.", "group",
                anxiety.id().toString());
        var deleting = asha.postForm("/comments/" + comment.id() + "/delete", "group", anxiety.id().toString(),
                "confirm", "yes");

        assertThat(List.of(form.status(), saving.status(), deleting.status())).containsOnly(403);
        assertThat(storedComments()).containsExactly(comment);
    }

    @Test
    void a_delete_without_the_forms_csrf_token_is_refused_and_nothing_is_deleted() {
        asha.get(groupPage());
        asha.forgetCsrfToken();

        var deleting = asha.postForm("/posts/" + post.id() + "/delete", "group", anxiety.id().toString(),
                "confirm", "yes");

        assertThat(deleting.status()).isEqualTo(403);
        assertThat(site.stores.posts().byId(post.id())).isPresent();
    }
}
