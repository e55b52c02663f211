package app.bettertalk.web.community;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CommunityApiTest {
    private final TestSite site = new TestSite();
    private final Group anxiety =
            site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety", "Worry, together."));

    @AfterEach
    void stop() {
        site.close();
    }

    private Browser member(String username) {
        var browser = site.member(username);
        browser.get("/api/v1/me");
        return browser;
    }

    private Browser joined(Browser browser) {
        browser.json("POST", "/api/v1/groups/" + anxiety.id() + "/join", null);
        return browser;
    }

    private String post(Browser author, String content) {
        site.clock.advance(Duration.ofMinutes(1));
        var created = author.json("POST", "/api/v1/groups/" + anxiety.id() + "/posts", json(content));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String json(String content) {
        return "{\"content\":\"" + content.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    @Test
    void the_group_list_shows_each_group_with_its_member_count_and_whether_the_viewer_joined() {
        joined(member("ravi_k"));
        var asha = member("asha_k");

        var list = asha.get("/api/v1/groups");

        assertThat(list.status()).isEqualTo(200);
        var group = list.json().at("/groups/0");
        assertThat(group.get("id").asText()).isEqualTo(anxiety.id().toString());
        assertThat(group.get("name").asText()).isEqualTo("Anxiety");
        assertThat(group.get("description").asText()).isEqualTo("Worry, together.");
        assertThat(group.get("memberCount").asInt()).isEqualTo(1);
        assertThat(group.get("joined").asBoolean()).isFalse();
    }

    @Test
    void joining_says_it_changed_membership_and_joining_again_says_it_did_not() {
        var asha = member("asha_k");

        var first = asha.json("POST", "/api/v1/groups/" + anxiety.id() + "/join", null);
        var second = asha.json("POST", "/api/v1/groups/" + anxiety.id() + "/join", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("joined").asBoolean()).isTrue();
        assertThat(first.json().get("changed").asBoolean()).isTrue();
        assertThat(second.json().get("joined").asBoolean()).isTrue();
        assertThat(second.json().get("changed").asBoolean()).isFalse();
    }

    @Test
    void leaving_says_it_changed_membership_and_leaving_again_says_it_did_not() {
        var asha = joined(member("asha_k"));

        var first = asha.json("POST", "/api/v1/groups/" + anxiety.id() + "/leave", null);
        var second = asha.json("POST", "/api/v1/groups/" + anxiety.id() + "/leave", null);

        assertThat(first.json().get("joined").asBoolean()).isFalse();
        assertThat(first.json().get("changed").asBoolean()).isTrue();
        assertThat(second.json().get("changed").asBoolean()).isFalse();
        assertThat(asha.get("/api/v1/groups/" + anxiety.id()).json().get("memberCount").asInt()).isZero();
    }

    @Test
    void a_member_posts_and_every_reader_sees_the_post_under_the_anonymous_username() {
        var asha = joined(member("asha_k"));
        asha.json("PATCH", "/api/v1/me", "{\"displayName\":\"Asha Rao\"}");
        var id = post(asha, "Mornings are the hardest.");
        var ravi = member("ravi_k");

        var posts = ravi.get("/api/v1/groups/" + anxiety.id() + "/posts");

        var shown = posts.json().at("/posts/0");
        assertThat(shown.get("id").asText()).isEqualTo(id);
        assertThat(shown.get("content").asText()).isEqualTo("Mornings are the hardest.");
        assertThat(shown.at("/author/username").asText()).isEqualTo("asha_k");
        assertThat(posts.body()).doesNotContain("Asha Rao").doesNotContain("example.com");
    }

    @Test
    void a_plain_writer_is_shown_without_an_account_id_and_a_verified_mentor_with_their_mentor_page() {
        var asha = joined(member("asha_k"));
        var mentor = joined(site.mentorWithPlan("meera_m", 7));
        mentor.get("/api/v1/me");
        post(asha, "Hello.");
        post(mentor, "Welcome.");

        var posts = asha.get("/api/v1/groups/" + anxiety.id()).json().get("posts");

        assertThat(posts.get(0).at("/author/verifiedMentor").asBoolean()).isTrue();
        assertThat(posts.get(0).at("/author/mentorId").asText()).isEqualTo(mentor.userId(site.stores).toString());
        assertThat(posts.get(1).at("/author/verifiedMentor").asBoolean()).isFalse();
        assertThat(posts.get(1).at("/author/mentorId").isNull()).isTrue();
    }

    @Test
    void someone_who_has_not_joined_cannot_post() {
        var asha = member("asha_k");

        var refused = asha.json("POST", "/api/v1/groups/" + anxiety.id() + "/posts", json("Hello."));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("not_a_member");
    }

    @Test
    void a_blank_post_names_the_content_field() {
        var asha = joined(member("asha_k"));

        var refused = asha.json("POST", "/api/v1/groups/" + anxiety.id() + "/posts", json("   "));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("content");
    }

    @Test
    void html_and_script_in_a_post_come_back_as_the_exact_text_in_json() {
        var asha = joined(member("asha_k"));
        var hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\"";
        post(asha, hostile);

        var posts = asha.get("/api/v1/groups/" + anxiety.id() + "/posts");

        assertThat(posts.header("Content-Type")).startsWith("application/json");
        assertThat(posts.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(posts.json().at("/posts/0/content").asText()).isEqualTo(hostile);
    }

    @Test
    void a_member_comments_and_the_post_lists_its_comments_oldest_first() {
        var asha = joined(member("asha_k"));
        var ravi = joined(member("ravi_k"));
        var post = post(asha, "Mornings are the hardest.");

        var first = ravi.json("POST", "/api/v1/posts/" + post + "/comments", json("Same here."));
        site.clock.advance(Duration.ofMinutes(1));
        asha.json("POST", "/api/v1/posts/" + post + "/comments", json("Thank you."));
        var comments = asha.get("/api/v1/posts/" + post + "/comments");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().at("/author/username").asText()).isEqualTo("ravi_k");
        assertThat(comments.json().get("postId").asText()).isEqualTo(post);
        assertThat(comments.json().at("/comments/0/content").asText()).isEqualTo("Same here.");
        assertThat(comments.json().at("/comments/1/content").asText()).isEqualTo("Thank you.");
        assertThat(asha.get("/api/v1/groups/" + anxiety.id()).json().at("/posts/0/comments/1/content").asText())
                .isEqualTo("Thank you.");
    }

    @Test
    void someone_who_has_not_joined_cannot_comment() {
        var asha = joined(member("asha_k"));
        var post = post(asha, "Hello.");
        var ravi = member("ravi_k");

        var refused = ravi.json("POST", "/api/v1/posts/" + post + "/comments", json("Hi."));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("not_a_member");
    }

    @Test
    void an_unknown_group_and_a_malformed_group_id_are_both_not_found() {
        var asha = member("asha_k");

        var unknown = asha.get("/api/v1/groups/" + UUID.randomUUID());
        var malformed = asha.get("/api/v1/groups/not-an-id");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/error/code").asText()).isEqualTo("not_found");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.json().at("/error/code").asText()).isEqualTo("not_found");
    }

    @Test
    void comments_of_an_unknown_post_are_not_found() {
        var asha = member("asha_k");

        var page = asha.get("/api/v1/posts/" + UUID.randomUUID() + "/comments");

        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void a_post_limit_outside_one_to_two_hundred_names_the_limit() {
        var asha = member("asha_k");

        var refused = asha.get("/api/v1/groups/" + anxiety.id() + "/posts?limit=500");
        var malformed = asha.get("/api/v1/groups/" + anxiety.id() + "/posts?limit=many");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/error/field").asText()).isEqualTo("limit");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().at("/error/field").asText()).isEqualTo("limit");
    }

    @Test
    void the_post_limit_keeps_the_newest_posts() {
        var asha = joined(member("asha_k"));
        post(asha, "One.");
        post(asha, "Two.");

        var posts = asha.get("/api/v1/groups/" + anxiety.id() + "/posts?limit=1").json().get("posts");

        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).get("content").asText()).isEqualTo("Two.");
    }
}
