package app.bettertalk.web.community;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.GroupId;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class GroupPagesTest {
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert('x')&lt;/script&gt;";

    private final TestSite site = new TestSite();
    private final Group anxiety = group("Anxiety", "Worry, together.");

    @AfterEach
    void stop() {
        site.close();
    }

    private Group group(String name, String description) {
        return site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), name, description));
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

    private void comment(Browser author, Post on, String content) {
        site.clock.advance(Duration.ofMinutes(1));
        site.core.writeComment().write(new WriteComment.Command(actorOf(author), on.id(), content));
    }

    private boolean isMember(Browser browser, GroupId group) {
        return site.stores.memberships().isMember(group, browser.userId(site.stores));
    }

    private String groupPage() {
        return "/groups/" + anxiety.id();
    }

    @Test
    void the_group_list_shows_each_group_with_its_description_and_member_count() {
        var asha = joined(site.member("asha_k"));
        joined(site.member("ravi_k"));

        var page = asha.get("/groups");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Anxiety").contains("Worry, together.").contains("2 members")
                .contains("href=\"" + groupPage() + "\"");
    }

    @Test
    void the_group_list_offers_leave_for_a_joined_group_and_join_for_the_others() {
        var breakups = group("Breakups", "");
        var asha = joined(site.member("asha_k"));

        var page = asha.get("/groups");

        assertThat(page.body()).contains("id=\"leave-" + anxiety.id() + "\"").contains("id=\"join-" + breakups.id() + "\"")
                .doesNotContain("id=\"join-" + anxiety.id() + "\"");
    }

    @Test
    void the_group_list_says_so_when_there_are_no_groups() {
        var site = new TestSite();
        try (site) {
            var page = site.member("asha_k").get("/groups");

            assertThat(page.body()).contains("There are no groups yet.");
        }
    }

    @Test
    void joining_from_the_list_makes_the_person_a_member_and_goes_back_to_the_list() {
        var asha = site.member("asha_k");
        asha.get("/groups");

        var joining = asha.postForm("/groups/" + anxiety.id() + "/join", "from", "list");

        assertThat(joining.status()).isEqualTo(303);
        assertThat(joining.location()).isEqualTo("/groups");
        assertThat(isMember(asha, anxiety.id())).isTrue();
    }

    @Test
    void leaving_from_the_group_page_ends_the_membership_and_goes_back_to_that_page() {
        var asha = joined(site.member("asha_k"));
        asha.get(groupPage());

        var leaving = asha.postForm("/groups/" + anxiety.id() + "/leave", "from", "group");

        assertThat(leaving.status()).isEqualTo(303);
        assertThat(leaving.location()).isEqualTo(groupPage());
        assertThat(isMember(asha, anxiety.id())).isFalse();
    }

    @Test
    void a_signed_out_visitor_is_sent_to_sign_in_from_a_group_page() {
        var page = site.visitor().get(groupPage());

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/signin?return=%2Fgroups%2F");
    }

    @Test
    void someone_who_has_not_onboarded_is_sent_to_onboarding_from_a_group_page() {
        var page = site.newcomer("asha").get(groupPage());

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/onboarding?return=%2Fgroups%2F");
    }

    @Test
    void someone_who_has_not_onboarded_cannot_join_a_group() {
        var newcomer = site.newcomer("asha");
        newcomer.get("/onboarding");

        var joining = newcomer.postForm("/groups/" + anxiety.id() + "/join");

        assertThat(joining.status()).isEqualTo(303);
        assertThat(joining.location()).isEqualTo("/onboarding");
        assertThat(isMember(newcomer, anxiety.id())).isFalse();
    }

    @Test
    void joining_without_the_forms_csrf_token_is_refused() {
        var asha = site.member("asha_k");
        asha.get("/groups");
        asha.forgetCsrfToken();

        var joining = asha.postForm("/groups/" + anxiety.id() + "/join");

        assertThat(joining.status()).isEqualTo(403);
        assertThat(isMember(asha, anxiety.id())).isFalse();
    }

    @Test
    void a_group_page_shows_the_header_and_the_posts_newest_first() {
        var asha = joined(site.member("asha_k"));
        post(asha, "First post.");
        post(asha, "Second post.");

        var page = asha.get(groupPage());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Anxiety").contains("Worry, together.").contains("1 member");
        assertThat(page.body().indexOf("Second post.")).isLessThan(page.body().indexOf("First post."));
    }

    @Test
    void each_post_shows_its_comments_oldest_first_by_username() {
        var asha = joined(site.member("asha_k"));
        var ravi = joined(site.member("ravi_k"));
        var post = post(asha, "A hard week.");
        comment(ravi, post, "Older reply.");
        comment(asha, post, "Newer reply.");

        var page = asha.get(groupPage()).body();

        var comments = page.substring(page.indexOf("id=\"comments-" + post.id() + "\""));
        assertThat(comments).contains("ravi_k");
        assertThat(comments.indexOf("Older reply.")).isLessThan(comments.indexOf("Newer reply."));
    }

    @Test
    void a_verified_mentor_is_shown_with_a_tick_that_leads_to_their_mentor_page() {
        var mentor = joined(site.mentorWithPlan("meera_m", 7));
        post(mentor, "You are not alone.");
        var mentorId = mentor.userId(site.stores);

        var page = site.member("asha_k").get(groupPage());

        assertThat(page.body()).contains("<a class=\"tick\" href=\"/mentor/" + mentorId + "\" title=\"Verified mentor\">"
                + "✓ Verified mentor</a>");
    }

    @Test
    void a_member_who_is_no_verified_mentor_has_no_tick() {
        var asha = joined(site.member("asha_k"));
        post(asha, "Hello.");

        var page = asha.get(groupPage());

        assertThat(page.body()).contains("asha_k").doesNotContain("Verified mentor");
    }

    @Test
    void a_member_sees_the_post_form_and_a_comment_form_under_each_post() {
        var asha = joined(site.member("asha_k"));
        var post = post(asha, "Hello.");

        var page = asha.get(groupPage());

        assertThat(page.body()).contains("action=\"/groups/" + anxiety.id() + "/posts\"")
                .contains("action=\"/posts/" + post.id() + "/comments\"").doesNotContain("Join to post");
    }

    @Test
    void someone_who_is_not_a_member_sees_a_prompt_to_join_instead_of_the_forms() {
        var asha = joined(site.member("asha_k"));
        var post = post(asha, "Hello.");

        var page = site.member("ravi_k").get(groupPage());

        assertThat(page.body()).contains("Join to post").contains("Hello.")
                .doesNotContain("action=\"/groups/" + anxiety.id() + "/posts\"")
                .doesNotContain("action=\"/posts/" + post.id() + "/comments\"");
    }

    @Test
    void a_group_with_no_posts_says_so() {
        var page = joined(site.member("asha_k")).get(groupPage());

        assertThat(page.body()).contains("No posts yet.");
    }

    @Test
    void a_member_posts_and_comes_back_to_the_group_where_the_post_shows() {
        var asha = joined(site.member("asha_k"));
        asha.get(groupPage());

        var posting = asha.postForm(groupPage() + "/posts", "content", "Today was better.");

        assertThat(posting.status()).isEqualTo(303);
        assertThat(posting.location()).startsWith(groupPage() + "#post-");
        assertThat(asha.get(groupPage()).body()).contains("Today was better.");
    }

    @Test
    void a_member_comments_and_the_comment_shows_under_the_post() {
        var asha = joined(site.member("asha_k"));
        var post = post(asha, "Hello.");
        asha.get(groupPage());

        var commenting = asha.postForm("/posts/" + post.id() + "/comments", "group", anxiety.id().toString(),
                "content", "Glad you are here.");

        assertThat(commenting.status()).isEqualTo(303);
        assertThat(commenting.location()).isEqualTo(groupPage() + "#post-" + post.id());
        var page = asha.get(groupPage()).body();
        assertThat(page.substring(page.indexOf("id=\"comments-" + post.id() + "\""))).contains("Glad you are here.");
    }

    @Test
    void a_post_by_someone_who_is_not_a_member_is_refused_with_the_reason_and_what_they_typed() {
        var ravi = site.member("ravi_k");
        ravi.get(groupPage());

        var posting = ravi.postForm(groupPage() + "/posts", "content", "Can I say something?");

        assertThat(posting.status()).isEqualTo(403);
        assertThat(posting.body()).contains("Join the group to post or comment.")
                .contains("Can I say something?");
        assertThat(site.stores.posts().newestInGroup(anxiety.id(), 10)).isEmpty();
    }

    @Test
    void a_blank_post_is_refused_with_the_reason() {
        var asha = joined(site.member("asha_k"));
        asha.get(groupPage());

        var posting = asha.postForm(groupPage() + "/posts", "content", "   ");

        assertThat(posting.status()).isEqualTo(422);
        assertThat(posting.body()).contains("Your post must not be blank.");
        assertThat(site.stores.posts().newestInGroup(anxiety.id(), 10)).isEmpty();
    }

    @Test
    void a_post_over_ten_thousand_characters_is_refused_keeping_what_was_typed() {
        var asha = joined(site.member("asha_k"));
        asha.get(groupPage());
        var tooLong = "a".repeat(10_001);

        var posting = asha.postForm(groupPage() + "/posts", "content", tooLong);

        assertThat(posting.status()).isEqualTo(422);
        assertThat(posting.body()).contains("Your post must be at most 10000 characters.").contains(tooLong);
        assertThat(site.stores.posts().newestInGroup(anxiety.id(), 10)).isEmpty();
    }

    @Test
    void a_refused_post_shows_typed_markup_as_text() {
        var asha = joined(site.member("asha_k"));
        asha.get(groupPage());

        var posting = asha.postForm(groupPage() + "/posts", "content", "</textarea>" + SCRIPT + "x".repeat(10_001));

        assertThat(posting.status()).isEqualTo(422);
        assertThat(posting.body()).doesNotContain(SCRIPT).doesNotContain("</textarea><script>")
                .contains("&lt;/textarea&gt;" + ESCAPED);
    }

    @Test
    void a_comment_by_someone_who_is_not_a_member_is_refused_under_its_post() {
        var asha = joined(site.member("asha_k"));
        var post = post(asha, "Hello.");
        var ravi = site.member("ravi_k");
        ravi.get(groupPage());

        var commenting = ravi.postForm("/posts/" + post.id() + "/comments", "group", anxiety.id().toString(),
                "content", "Me too.");

        assertThat(commenting.status()).isEqualTo(403);
        assertThat(commenting.body()).contains("id=\"comment-error-" + post.id() + "\"")
                .contains("Join the group to post or comment.").contains("Me too.");
        assertThat(site.stores.comments().onPosts(java.util.List.of(post.id()))).isEmpty();
    }

    @Test
    void a_blank_comment_is_refused_under_its_post_keeping_the_page() {
        var asha = joined(site.member("asha_k"));
        var post = post(asha, "Hello.");
        asha.get(groupPage());

        var commenting = asha.postForm("/posts/" + post.id() + "/comments", "group", anxiety.id().toString(),
                "content", "");

        assertThat(commenting.status()).isEqualTo(422);
        assertThat(commenting.body()).contains("Your comment must not be blank.").contains("Hello.");
    }

    @Test
    void a_comment_over_two_thousand_characters_is_refused_keeping_what_was_typed() {
        var asha = joined(site.member("asha_k"));
        var post = post(asha, "Hello.");
        asha.get(groupPage());
        var tooLong = "b".repeat(2_001);

        var commenting = asha.postForm("/posts/" + post.id() + "/comments", "group", anxiety.id().toString(),
                "content", tooLong);

        assertThat(commenting.status()).isEqualTo(422);
        assertThat(commenting.body()).contains(tooLong);
    }

    @Test
    void script_in_a_post_is_shown_as_text() {
        var asha = joined(site.member("asha_k"));
        post(asha, SCRIPT);

        var page = asha.get(groupPage());

        assertThat(page.body()).doesNotContain(SCRIPT).contains(ESCAPED);
    }

    @Test
    void script_in_a_comment_is_shown_as_text() {
        var asha = joined(site.member("asha_k"));
        comment(asha, post(asha, "Hello."), SCRIPT);

        var page = asha.get(groupPage());

        assertThat(page.body()).doesNotContain(SCRIPT).contains(ESCAPED);
    }

    @Test
    void script_in_a_group_name_and_description_is_shown_as_text() {
        group("<b>Bold</b>", SCRIPT);

        var page = site.member("asha_k").get("/groups");

        assertThat(page.body()).doesNotContain(SCRIPT).doesNotContain("<b>Bold</b>").contains(ESCAPED)
                .contains("&lt;b&gt;Bold&lt;/b&gt;");
    }

    @Test
    void a_post_without_the_forms_csrf_token_is_refused_and_not_stored() {
        var asha = joined(site.member("asha_k"));
        asha.get(groupPage());
        asha.forgetCsrfToken();

        var posting = asha.postForm(groupPage() + "/posts", "content", "Hello.");

        assertThat(posting.status()).isEqualTo(403);
        assertThat(site.stores.posts().newestInGroup(anxiety.id(), 10)).isEmpty();
    }

    @Test
    void a_comment_without_the_forms_csrf_token_is_refused_and_not_stored() {
        var asha = joined(site.member("asha_k"));
        var post = post(asha, "Hello.");
        asha.get(groupPage());
        asha.forgetCsrfToken();

        var commenting = asha.postForm("/posts/" + post.id() + "/comments", "group", anxiety.id().toString(),
                "content", "Hi.");

        assertThat(commenting.status()).isEqualTo(403);
        assertThat(site.stores.comments().onPosts(java.util.List.of(post.id()))).isEmpty();
    }

    @Test
    void a_post_sent_from_another_site_is_refused() {
        var asha = joined(site.member("asha_k"));
        asha.get(groupPage());
        asha.from("https://evil.example");

        var posting = asha.postForm(groupPage() + "/posts", "content", "Hello.");

        assertThat(posting.status()).isEqualTo(403);
        assertThat(site.stores.posts().newestInGroup(anxiety.id(), 10)).isEmpty();
    }

    @Test
    void a_group_that_does_not_exist_is_not_found() {
        var asha = site.member("asha_k");

        var unknown = asha.get("/groups/" + GroupId.random());
        var malformed = asha.get("/groups/not-an-id");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
    }

    @Test
    void a_comment_on_a_post_that_does_not_exist_is_not_found() {
        var asha = joined(site.member("asha_k"));
        asha.get(groupPage());

        var commenting = asha.postForm("/posts/" + java.util.UUID.randomUUID() + "/comments", "group",
                anxiety.id().toString(), "content", "Hi.");

        assertThat(commenting.status()).isEqualTo(404);
    }
}
