package app.bettertalk.web.moderation;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.ChangeModeratorRole;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.moderation.ViewModerationQueue;
import app.bettertalk.web.Browser;
import app.bettertalk.web.Requests;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Report, moderate, and the reporter sees the outcome; the crisis prompt on the group page. */
class ModerationPagesTest {
    private final TestSite site = new TestSite();
    private final Browser asha = site.member("asha_k");
    private final Browser ravi = site.member("ravi_k");
    private final Browser mod = moderator("mod_k");
    private final Group group = site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety",
            "Worry, together."));

    @AfterEach
    void stop() {
        site.close();
    }

    private Browser moderator(String username) {
        var browser = site.member(username);
        site.core.changeModeratorRole().change(new ChangeModeratorRole.Command(Actor.operator(),
                browser.userId(site.stores), true));
        return browser;
    }

    private Actor actorOf(Browser browser) {
        return site.core.identifyActor().identify(browser.userId(site.stores));
    }

    private Post post(Browser author, String text) {
        site.core.joinGroup().join(new JoinGroup.Command(actorOf(author), group.id()));
        return site.core.writePost().write(new WritePost.Command(actorOf(author), group.id(), text));
    }

    private String onlyCaseId() {
        var queue = site.core.viewModerationQueue().view(new ViewModerationQueue.Query(Actor.operator(), 10));
        assertThat(queue).hasSize(1);
        return queue.getFirst().moderationCase().id().toString();
    }

    @Test
    void a_member_reports_a_post_a_moderator_hides_it_and_the_reporter_sees_the_outcome() {
        var post = post(asha, "Buy followers cheap at my site");
        var page = ravi.get("/groups/" + group.id());
        assertThat(page.body()).contains("id=\"report-post-" + post.id() + "\"");
        assertThat(asha.get("/groups/" + group.id()).body()).doesNotContain("report-post-" + post.id());

        ravi.get("/report?kind=post&id=" + post.id() + "&back=/groups/" + group.id());
        var reported = ravi.postForm("/report", "kind", "post", "id", post.id().toString(), "reason", "spam",
                "details", "Same ad in every group", "back", "/groups/" + group.id());

        assertThat(reported.status()).isEqualTo(200);
        assertThat(reported.body()).contains("Thank you for telling us");
        var queue = mod.get("/admin/moderation");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("A post").contains("Spam or advertising").doesNotContain("Buy followers");
        var caseId = onlyCaseId();
        var opened = mod.get("/admin/moderation/" + caseId);
        assertThat(opened.body()).contains("Buy followers cheap at my site").contains("Same ad in every group")
                .contains("ravi_k");

        var decided = mod.postForm("/admin/moderation/" + caseId + "/decision", "outcome", "hide", "note",
                "Advertising");

        assertThat(decided.status()).isEqualTo(303);
        assertThat(ravi.get("/groups/" + group.id()).body()).doesNotContain("Buy followers");
        assertThat(asha.get("/groups/" + group.id()).body()).doesNotContain("Buy followers");
        var mine = ravi.get("/profile/reports");
        assertThat(mine.body()).contains("The content was removed").doesNotContain("Advertising");
        // The author is never told who reported them.
        assertThat(asha.get("/profile/reports").body()).contains("You have not reported anything");
    }

    @Test
    void the_queue_and_cases_are_for_moderators_only() {
        var post = post(asha, "Something");
        ravi.get("/groups/" + group.id());
        ravi.postForm("/report", "kind", "post", "id", post.id().toString(), "reason", "other");

        assertThat(ravi.get("/admin/moderation").status()).isEqualTo(403);
        assertThat(asha.get("/admin/moderation/" + onlyCaseId()).status()).isEqualTo(403);
        assertThat(mod.get("/groups").body()).contains("id=\"moderation-link\"");
        assertThat(ravi.get("/groups").body()).doesNotContain("id=\"moderation-link\"");
    }

    @Test
    void a_report_without_a_reason_comes_back_with_what_was_typed() {
        var post = post(asha, "Something");
        ravi.get("/groups/" + group.id());

        var refused = ravi.postForm("/report", "kind", "post", "id", post.id().toString(), "details",
                "Kept words");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose why you are reporting this").contains("Kept words");
    }

    @Test
    void a_post_that_suggests_risk_waits_behind_the_helplines_and_goes_out_once_chosen() {
        site.core.joinGroup().join(new JoinGroup.Command(actorOf(asha), group.id()));
        asha.get("/groups/" + group.id());

        var held = asha.postForm("/groups/" + group.id() + "/posts", "content", "I can't do this anymore, I want to die");

        assertThat(held.status()).isEqualTo(409);
        assertThat(held.body()).contains("Before this goes out").contains("14416").contains("tel:14416")
                .contains("I can't do this anymore, I want to die").contains("name=\"sendAnyway\" value=\"yes\"");
        assertThat(site.stores.posts().newestInGroup(group.id(), 10)).isEmpty();

        var sent = asha.postForm("/groups/" + group.id() + "/posts", "content",
                "I can't do this anymore, I want to die", "sendAnyway", "yes");

        assertThat(sent.status()).isEqualTo(303);
        assertThat(site.stores.posts().newestInGroup(group.id(), 10)).hasSize(1);
        var queue = mod.get("/admin/moderation");
        assertThat(queue.body()).contains("May be at risk").contains("flagged automatically");
    }

    @Test
    void the_api_answers_409_help_offered_and_stores_the_post_when_sent_anyway() {
        site.core.joinGroup().join(new JoinGroup.Command(actorOf(asha), group.id()));

        var held = asha.json("POST", "/api/v1/groups/" + group.id() + "/posts",
                "{\"content\":\"sab khatam karna chahta hoon\"}");
        var sent = asha.json("POST", "/api/v1/groups/" + group.id() + "/posts",
                "{\"content\":\"sab khatam karna chahta hoon\",\"sendAnyway\":true}");

        assertThat(held.status()).isEqualTo(409);
        assertThat(held.json().at("/error/code").asText()).isEqualTo("help_offered");
        assertThat(sent.status()).isEqualTo(201);
    }

    @Test
    void contact_details_in_a_post_are_hidden_and_the_writer_is_told() {
        site.core.joinGroup().join(new JoinGroup.Command(actorOf(asha), group.id()));
        asha.get("/groups/" + group.id());

        var posted = asha.postForm("/groups/" + group.id() + "/posts", "content",
                "DM me on insta: asha_k99 or call 98765 40001");
        var page = asha.get(posted.location().replaceFirst("#.*", ""));

        assertThat(posted.location()).contains("hidden=contact");
        assertThat(page.body()).contains("To keep everyone anonymous").doesNotContain("98765 40001")
                .doesNotContain("asha_k99");
    }

    @Test
    void a_suspension_signs_the_author_out_at_once_and_a_ban_keeps_them_out() {
        var post = post(asha, "I know where you live");
        ravi.get("/groups/" + group.id());
        ravi.postForm("/report", "kind", "post", "id", post.id().toString(), "reason", "harassment");
        var caseId = onlyCaseId();
        var token = asha.cookie(Requests.SESSION_COOKIE);
        var email = site.stores.users().byId(asha.userId(site.stores)).orElseThrow().email().value();
        mod.get("/admin/moderation/" + caseId);

        mod.postForm("/admin/moderation/" + caseId + "/decision", "outcome", "suspend", "days", "7");

        assertThat(site.core.resumeSession().resume(token)).isEmpty();
        assertThat(asha.get("/groups").status()).isEqualTo(303);
        var again = site.visitor();
        again.get("/signin");
        var refused = again.postForm("/auth/dev", "email", email, "name", "Asha");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("suspended");
        assertThat(Pattern.compile("\\d{1,2} \\w{3} \\d{4}").matcher(refused.body()).find()).isTrue();
    }
}
