package app.bettertalk.web.community;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditApiTest {
    private final TestSite site = new TestSite();
    private final Group anxiety =
            site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety", "Worry, together."));
    private final Browser asha = joined(member("asha_k"));
    private final Browser ravi = joined(member("ravi_k"));
    private final String post = write(asha, "/api/v1/groups/" + anxiety.id() + "/posts", "A hard week.");
    private final String comment = write(ravi, "/api/v1/posts/" + post + "/comments", "Sending strength.");

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

    private String write(Browser author, String path, String content) {
        site.clock.advance(Duration.ofMinutes(1));
        var created = author.json("POST", path, "{\"content\":\"" + content + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private Browser.Page posts(Browser reader) {
        return reader.get("/api/v1/groups/" + anxiety.id() + "/posts");
    }

    @Test
    void a_post_never_edited_has_a_null_edited_time() {
        var listed = posts(ravi).json().at("/posts/0");

        assertThat(listed.get("editedAt").isNull()).isTrue();
        assertThat(listed.at("/comments/0/editedAt").isNull()).isTrue();
    }

    @Test
    void the_writer_edits_a_post_and_gets_it_as_readers_now_see_it() {
        site.clock.advance(Duration.ofMinutes(5));

        var edited = asha.json("PATCH", "/api/v1/posts/" + post, "{\"content\":\"  A better week.  \"}");

        assertThat(edited.status()).isEqualTo(200);
        var json = edited.json();
        assertThat(json.get("id").asText()).isEqualTo(post);
        assertThat(json.get("content").asText()).isEqualTo("A better week.");
        assertThat(json.get("editedAt").asText()).isEqualTo(site.clock.instant().toString());
        assertThat(json.at("/comments/0/content").asText()).isEqualTo("Sending strength.");
        assertThat(posts(ravi).json().at("/posts/0")).isEqualTo(json);
    }

    @Test
    void the_writer_edits_a_comment_and_gets_it_as_readers_now_see_it() {
        var edited = ravi.json("PATCH", "/api/v1/comments/" + comment, "{\"content\":\"Always.\"}");

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("content").asText()).isEqualTo("Always.");
        assertThat(edited.json().get("postId").asText()).isEqualTo(post);
        assertThat(edited.json().get("editedAt").asText()).isEqualTo(site.clock.instant().toString());
        assertThat(asha.get("/api/v1/posts/" + post + "/comments").json().at("/comments/0")).isEqualTo(edited.json());
    }

    @Test
    void an_edit_that_suggests_risk_is_409_help_offered_and_saved_when_sent_anyway() {
        var held = asha.json("PATCH", "/api/v1/posts/" + post, "{\"content\":\"sab khatam karna chahta hoon\"}");

        assertThat(held.status()).isEqualTo(409);
        assertThat(held.json().at("/error/code").asText()).isEqualTo("help_offered");
        assertThat(posts(ravi).json().at("/posts/0/content").asText()).isEqualTo("A hard week.");

        var sent = asha.json("PATCH", "/api/v1/posts/" + post,
                "{\"content\":\"sab khatam karna chahta hoon\",\"sendAnyway\":true}");

        assertThat(sent.status()).isEqualTo(200);
        assertThat(posts(ravi).json().at("/posts/0/content").asText()).isEqualTo("sab khatam karna chahta hoon");
    }

    @Test
    void contact_details_in_an_edit_are_hidden() {
        var edited = ravi.json("PATCH", "/api/v1/comments/" + comment, "{\"content\":\"mail me at ravi.k@gmail.com\"}");

        assertThat(edited.json().get("content").asText()).isEqualTo("mail me at [email hidden]");
    }

    @Test
    void a_blank_edit_is_422_and_a_body_that_is_not_json_is_400() {
        var blank = asha.json("PATCH", "/api/v1/posts/" + post, "{\"content\":\" \"}");
        var broken = asha.json("PATCH", "/api/v1/posts/" + post, "{\"content\":");

        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().at("/error/field").asText()).isEqualTo("content");
        assertThat(broken.status()).isEqualTo(400);
    }

    @Test
    void the_writer_deletes_a_post_and_it_and_its_comments_are_gone_for_everyone() {
        var deleted = asha.json("DELETE", "/api/v1/posts/" + post, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(posts(ravi).json().get("posts")).isEmpty();
        assertThat(ravi.get("/api/v1/posts/" + post + "/comments").status()).isEqualTo(404);
        assertThat(ravi.json("PATCH", "/api/v1/comments/" + comment, "{\"content\":\"Hello?\"}").status())
                .isEqualTo(404);
        assertThat(asha.json("DELETE", "/api/v1/posts/" + post, null).status()).isEqualTo(404);
    }

    @Test
    void the_writer_deletes_a_comment_and_it_is_gone_for_everyone() {
        var deleted = ravi.json("DELETE", "/api/v1/comments/" + comment, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(asha.get("/api/v1/posts/" + post + "/comments").json().get("comments")).isEmpty();
        assertThat(ravi.json("DELETE", "/api/v1/comments/" + comment, null).status()).isEqualTo(404);
    }

    @Test
    void a_stranger_can_neither_edit_nor_delete_and_is_told_it_is_not_theirs() {
        var sam = member("sam_k");

        var answers = List.of(
                sam.json("PATCH", "/api/v1/posts/" + post, "{\"content\":\"Mine now.\"}"),
                sam.json("DELETE", "/api/v1/posts/" + post, null),
                asha.json("PATCH", "/api/v1/comments/" + comment, "{\"content\":\"Mine now.\"}"),
                asha.json("DELETE", "/api/v1/comments/" + comment, null));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.json().at("/error/code").asText()).isEqualTo("not_author");
        });
        var listed = posts(ravi).json().at("/posts/0");
        assertThat(listed.get("content").asText()).isEqualTo("A hard week.");
        assertThat(listed.at("/comments/0/content").asText()).isEqualTo("Sending strength.");
    }

    @Test
    void an_edit_or_delete_without_the_csrf_token_is_refused() {
        var forged = asha.send(asha.request("/api/v1/posts/" + post).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(posts(ravi).json().get("posts")).hasSize(1);
    }
}
