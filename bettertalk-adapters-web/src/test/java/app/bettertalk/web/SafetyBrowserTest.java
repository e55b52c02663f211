package app.bettertalk.web;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.identity.SessionToken;
import app.bettertalk.core.limits.LimitedAction;
import app.bettertalk.core.limits.Rate;
import app.bettertalk.core.limits.RateLimits;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.moderation.ReportSubject;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.chat.OpenChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety in a real browser (headless Chromium): report, moderate and see the outcome; block; a suspension closing
 * the suspended person's open chat page; and a rate limit answering 429 with the text kept and nothing stored.
 */
class SafetyBrowserTest {
    private static Chrome first;
    private static Chrome second;

    private TestSite site = new TestSite();

    @BeforeAll
    static void startBrowsers() {
        first = Chrome.start();
        second = Chrome.start();
    }

    @AfterAll
    static void stopBrowsers() {
        try (var a = first; var b = second) {
            // both quit, even if one fails to
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Actor actorOf(UserId id) {
        return site.core.identifyActor().identify(id);
    }

    private Group group() {
        return site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety", "Worry, together."));
    }

    private Post postBy(Browser author, Group group, String text) {
        var actor = actorOf(author.userId(site.stores));
        site.core.joinGroup().join(new JoinGroup.Command(actor, group.id()));
        return site.core.writePost().write(new WritePost.Command(actor, group.id(), text));
    }

    @Test
    void a_member_reports_a_post_a_moderator_hides_it_and_the_reporter_sees_the_outcome() {
        var group = group();
        var post = postBy(site.member("asha_k"), group, "Buy followers cheap, DM me");
        var ravi = site.member("ravi_k");
        site.core.joinGroup().join(new JoinGroup.Command(actorOf(ravi.userId(site.stores)), group.id()));
        var reporter = first.on(site).signedInLike(ravi);
        var moderator = second.on(site).signedInLike(site.admin("care_admin"));

        reporter.open("/groups/" + group.id());
        reporter.clickThrough("#report-post-" + post.id());
        reporter.find("#reason-spam").click();
        reporter.type("#report-details", "The same advert in every group");
        reporter.clickThrough("#report-submit");
        var thanked = reporter.find("main").getText();
        moderator.open("/admin/moderation");
        moderator.clickThrough("a[id^='open-']");
        var reported = moderator.find("#case-copy").getText();
        moderator.find("#outcome-hide").click();
        moderator.clickThrough("#decide");
        reporter.open("/groups/" + group.id());
        var groupAfter = reporter.find("main").getText();
        reporter.open("/profile/reports");
        reporter.screenshot("30-my-reports");

        assertThat(thanked).contains("Thank you for telling us");
        assertThat(reported).isEqualTo("Buy followers cheap, DM me");
        assertThat(groupAfter).doesNotContain("Buy followers");
        assertThat(reporter.find("main").getText()).contains("The content was removed");
    }

    @Test
    void a_member_blocks_another_and_no_longer_sees_their_posts() {
        var group = group();
        var asha = site.member("asha_k");
        postBy(asha, group, "I keep replying to everyone, sorry not sorry");
        var ravi = site.member("ravi_k");
        site.core.joinGroup().join(new JoinGroup.Command(actorOf(ravi.userId(site.stores)), group.id()));
        var blocker = first.on(site).signedInLike(ravi);

        blocker.open("/groups/" + group.id());
        var before = blocker.find("main").getText();
        blocker.open("/profile/" + asha.userId(site.stores));
        blocker.clickThrough("#block");
        var notice = blocker.find("#block-notice").getText();
        blocker.open("/groups/" + group.id());

        assertThat(before).contains("sorry not sorry");
        assertThat(notice).startsWith("Blocked.");
        assertThat(blocker.find("main").getText()).doesNotContain("sorry not sorry");
    }

    @Test
    void a_suspension_closes_the_suspended_person_s_open_chat_within_seconds() {
        var chat = OpenChat.between(site, "asha_k", "meera_listens", 7);
        var caseId = site.core.reportSubject().report(new ReportSubject.Command(actorOf(chat.mentorId()),
                new Subject(Subject.Kind.PROFILE, chat.userId().value()), ReportReason.HARASSMENT,
                "Abusive messages")).caseId();
        var member = first.on(site).signedInLike(chat.user());
        var moderator = second.on(site).signedInLike(site.admin("care_admin"));
        member.open(chat.page());
        member.waitFor("#chat[data-live='socket']");
        moderator.open("/admin/moderation/" + caseId);
        moderator.find("#outcome-suspend").click();

        var decidedAt = System.nanoTime();
        moderator.clickThrough("#decide");
        member.waitUntil(Duration.ofSeconds(10),
                driver -> driver.findElement(By.id("live-status")).getText().startsWith("You were signed out"));
        var closedAfter = Duration.ofNanos(System.nanoTime() - decidedAt);
        System.out.println("suspension to closed chat page: " + closedAfter.toMillis() + " ms");
        member.screenshot("31-suspended-chat");

        assertThat(member.find("#chat").getAttribute("data-live")).isEqualTo("closed");
        assertThat(member.find("#message-text").isEnabled()).isFalse();
        assertThat(member.find("#send").isEnabled()).isFalse();
        assertThat(site.stores.sessions().byTokenHash(new SessionToken(chat.user().cookie(Requests.SESSION_COOKIE))
                .hash())).isEmpty();
    }

    @Test
    void a_post_over_the_limit_is_a_429_page_that_keeps_the_text_and_stores_nothing() {
        site.close();
        var one = Rate.parse("1/10m");
        site = TestSite.withLimits(TestSite.ROOMY.with(LimitedAction.POST, new RateLimits.ActionLimits(one, one,
                Rate.parse("100/10m"))));
        var group = group();
        var asha = site.member("asha_k");
        site.core.joinGroup().join(new JoinGroup.Command(actorOf(asha.userId(site.stores)), group.id()));
        var writer = first.on(site).signedInLike(asha);

        writer.open("/groups/" + group.id());
        writer.type("#post-content", "First post of the day.");
        writer.clickThrough("#post-submit");
        writer.type("#post-content", "A second thought, straight after.");
        writer.clickThrough("#post-submit");
        writer.screenshot("32-slow-down");

        assertThat(writer.find("main").getText()).contains("Please slow down").contains("14416");
        assertThat(writer.find("main textarea").getAttribute("value")).isEqualTo("A second thought, straight after.");
        assertThat(site.stores.posts().newestInGroup(group.id(), 10)).extracting(Post::content)
                .containsExactly("First post of the day.");
    }
}
