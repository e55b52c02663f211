package app.bettertalk.web;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.web.chat.OpenChat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product in a real browser (headless Chromium): the pages, their forms and the chat page's script against the
 * real {@link WebApp}. Two browsers are started once and reused: {@code first} is the person seeking support,
 * {@code second} whoever is on the other side. Screenshots of the main pages land in {@code target/screenshots}.
 */
class BrowserJourneyTest {
    private static final String POST = "<script>alert('post')</script>Some days are <b>heavy</b>. How do you cope?";
    private static final String COMMENT = "<img src=x onerror=alert('comment')> Walks help me. Be gentle with you.";
    private static final String MESSAGE = "<img src=x onerror=alert('chat')> I had a rough week & I'm tired.";
    private static final String REPLY = "Thank you for telling me. <b>Let's</b> take it slowly.";
    private static final String NOTES = "Breathing: 4-7-8, twice a day. <i>Journal</i> before bed.\n"
            + "If it gets heavy, call Tele-MANAS on 14416.";
    private static final String REVIEW = "Meera listened without <b>judging</b>. I slept better that week.";
    private static final String THANKS = "Thank you, Asha. Take care of yourself.";

    private static Chrome first;
    private static Chrome second;

    private final TestSite site = new TestSite();

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

    @BeforeEach
    void pointBrowsersAtTheSite() {
        first.on(site);
        second.on(site);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_newcomer_onboards_joins_a_group_and_posts_and_another_member_comments_both_shown_as_typed() {
        signUpThroughThePages(second, "Care Admin", "care_admin");
        site.makeAdmin(second.userId(site.stores));
        second.open("/admin");
        second.type("#group-name", "Breakups");
        second.type("#group-description", "For when a relationship ends and everything feels upside down.");
        second.clickThrough("#create-group");
        second.clickThrough("form[action='/signout'] button");

        first.open("/");
        first.screenshot("01-landing");
        first.clickThrough("a.button[href='/signin']");
        first.screenshot("02-sign-in");
        first.type("form[action='/auth/dev'] input[name=email]", "asha@example.com");
        first.type("form[action='/auth/dev'] input[name=name]", "Asha");
        first.clickThrough("form[action='/auth/dev'] button[type=submit]");
        first.screenshot("03-onboarding");
        first.type("input[name=phone]", "98765 43210");
        first.type("input[name=age]", "29");
        first.type("input[name=username]", "asha_k");
        first.find("input[name=terms]").click();
        first.clickThrough("form[action='/onboarding'] button[type=submit]");
        var onGroups = first.path();
        first.clickThrough("#groups button[id^='join-']");
        first.screenshot("04-groups");
        first.clickThrough("#groups h2 a");
        first.type("#post-content", POST);
        first.clickThrough("#post-submit");
        signUpThroughThePages(second, "Ravi", "ravi_k");
        second.clickThrough("#groups h2 a");
        second.clickThrough("#join-group");
        second.type("form[id^='comment-form-'] textarea", COMMENT);
        second.clickThrough("form[id^='comment-form-'] button[type=submit]");
        first.driver.navigate().refresh();
        first.waitFor("li.comment");
        first.screenshot("05-group-page");

        assertThat(onGroups).isEqualTo("/groups");
        assertThat(first.find("article[id^='post-'] > p.post").getText()).isEqualTo(POST);
        assertThat(first.find("li.comment p.post").getText()).isEqualTo(COMMENT);
        assertThat(first.find("li.comment .author").getText()).isEqualTo("ravi_k");
        assertThat(first.has("article script") || first.has("article b") || first.has("article img")).isFalse();
        assertThat(first.alertOpen() || second.alertOpen()).isFalse();
    }

    @Test
    void a_mentor_applies_is_verified_by_an_admin_and_offers_a_plan_a_member_books_and_pays_for_into_the_chat() {
        var admin = first;
        var mentor = second;
        signUpThroughThePages(mentor, "Meera Iyer", "meera_listens");
        mentor.open("/mentor/apply");
        mentor.type("#details-form input[name=headline]", "Listener for breakups and anxiety");
        mentor.type("#details-form textarea[name=bio]",
                "Eight years of peer support. I listen first, and help you find one small next step.");
        mentor.type("#details-form input[name=expertise]", "breakup, anxiety, self-growth");
        mentor.type("#details-form input[name=languages]", "English, Hindi, Tamil");
        mentor.type("#details-form input[name=experience]", "8");
        mentor.clickThrough("#details-form button[type=submit]");
        var pendingNotice = mentor.find("#verification-pending").isDisplayed();
        admin.signedInLike(site.admin("care_admin")).open("/admin");
        admin.screenshot("06-admin");
        admin.clickThrough("#awaiting-mentors button[id^='verify-']");
        var verifiedRow = admin.find("#verified-mentors").getText();
        mentor.open("/mentor/dashboard");
        mentor.type("#new-plan-form input[name=title]", "Breakup support: 7 days of chat");
        mentor.type("#new-plan-form textarea[name=description]", "Daily check-ins by text for a week.");
        mentor.type("#new-plan-form input[name=price]", "499");
        mentor.type("#new-plan-form input[name=chatDays]", "7");
        mentor.clickThrough("#new-plan-form button[type=submit]");
        var profilePath = URI.create(mentor.find("#public-page-link").getAttribute("href")).getPath();
        var member = first.signedInLike(site.member("asha_k"));

        member.open(profilePath);
        member.screenshot("07-mentor-profile");
        member.clickThrough("article.plan a.button");
        member.screenshot("08-booking-summary");
        member.clickThrough("#continue-to-payment");
        member.screenshot("09-booking-payment");
        member.clickThrough("#pay");
        mentor.open("/mentor/dashboard");
        mentor.screenshot("14-mentor-dashboard");

        assertThat(pendingNotice).isTrue();
        assertThat(verifiedRow).contains("@meera_listens");
        assertThat(member.path()).startsWith("/chat/");
        assertThat(member.waitFor("#countdown").getText()).startsWith("Free chat available for next");
        assertThat(member.find("#counterpart-name").getText()).isEqualTo("meera_listens");
        assertThat(mentor.find("#chat-list").getText()).contains("asha_k");
    }

    @Test
    void messages_sent_on_one_side_appear_live_on_the_other_as_the_literal_text() {
        var chat = OpenChat.between(site, "asha_k", "meera_listens", 7);
        var user = first.signedInLike(chat.user());
        var mentor = second.signedInLike(chat.mentor());
        user.open(chat.page());
        mentor.open(chat.page());
        user.waitFor("#chat[data-live='socket']");
        mentor.waitFor("#chat[data-live='socket']");

        user.type("#message-text", MESSAGE);
        user.find("#send").click();
        var received = mentor.waitFor("#messages li.theirs .text").getText();
        mentor.type("#message-text", REPLY);
        mentor.find("#send").click();
        var answered = user.waitFor("#messages li.theirs .text").getText();
        user.waitFor("#messages li.mine");
        user.screenshot("10-chat-live");

        assertThat(received).isEqualTo(MESSAGE);
        assertThat(answered).isEqualTo(REPLY);
        assertThat(user.find("#countdown").getText()).startsWith("Free chat available for next");
        assertThat(user.has("#messages img") || mentor.has("#messages img") || user.has("#messages b")).isFalse();
        assertThat(user.alertOpen() || mentor.alertOpen()).isFalse();
        assertThat(user.find("#chat").getAttribute("data-live")).isEqualTo("socket");
    }

    @Test
    void when_the_window_ends_the_open_chat_disables_the_input_and_shows_the_expired_banner_without_a_reload() {
        var chat = OpenChat.between(site, "asha_k", "meera_listens", 1);
        chat.send(chat.userId(), "last-day", "Thank you for this week. I feel steadier.");
        chat.moveClockTo(chat.endsAt().minusSeconds(4));
        var user = first.signedInLike(chat.user());
        var mentor = second.signedInLike(chat.mentor());
        user.open(chat.page());
        mentor.open(chat.page());
        var before = user.find("#countdown").getText();
        user.driver.executeScript("window.stillTheSamePage = true");

        site.clock.set(chat.endsAt().plusSeconds(1));

        for (var side : new Chrome[] {user, mentor}) {
            side.waitUntil(Duration.ofSeconds(20), ExpectedConditions.visibilityOfElementLocated(
                    By.id("expired-banner")));
            assertThat(side.find("#expired-banner").getText())
                    .startsWith("Chat expired. Rebook a session to continue.");
            assertThat(side.find("#message-text").isEnabled()).isFalse();
            assertThat(side.find("#send").isEnabled()).isFalse();
            assertThat(side.find("#countdown").isDisplayed()).isFalse();
        }
        assertThat(before).isEqualTo("Free chat available for less than a minute");
        assertThat(user.driver.executeScript("return window.stillTheSamePage === true")).isEqualTo(true);
        user.screenshot("11-chat-expired");
    }

    @Test
    void notes_the_mentor_saves_are_readable_by_the_user_in_the_notes_tab() {
        var chat = OpenChat.between(site, "asha_k", "meera_listens", 7);
        var mentor = second.signedInLike(chat.mentor());
        var user = first.signedInLike(chat.user());
        mentor.open(chat.page());
        mentor.clickThrough("#notes-tab");
        mentor.type("textarea#notes-text", NOTES);
        mentor.clickThrough("#save-notes");
        mentor.screenshot("12-notes-mentor");

        user.open(chat.page());
        user.clickThrough("#notes-tab");
        user.screenshot("13-notes");

        assertThat(user.path()).isEqualTo(chat.page() + "/notes");
        assertThat(user.find("div#notes-text").getText()).isEqualTo(NOTES);
        assertThat(user.has("#notes-form")).isFalse();
        assertThat(user.has("#notes i")).isFalse();
    }

    @Test
    void a_visitor_reads_a_mentors_page_and_book_brings_them_back_to_it_after_signing_in_and_onboarding()
            throws Exception {
        var mentor = second.signedInLike(site.mentorWithPlan("meera_listens", 7));
        mentor.open("/mentor/dashboard");
        var photo = java.nio.file.Files.createTempFile("meera-", ".jpg");
        java.nio.file.Files.write(photo, app.bettertalk.web.mentor.TestImages.withExif(
                app.bettertalk.web.mentor.TestImages.jpeg(900, 600), 1));
        mentor.find("#photo-file").sendKeys(photo.toString());
        mentor.clickThrough("#upload-photo");
        java.nio.file.Files.delete(photo);
        var page = URI.create(mentor.find("#public-page-link").getAttribute("href")).getPath();
        var visitor = first;

        visitor.viewport(390, 844).open(page);
        visitor.screenshot("15-mentor-page-signed-out-390");
        var widthAtPhone = visitor.pageWidth();
        var photoShown = visitor.find("#mentor-photo").getAttribute("naturalWidth");
        visitor.viewport(1280, 900).open(page);
        visitor.screenshot("16-mentor-page-signed-out-1280");
        visitor.viewport(390, 844);
        visitor.clickThrough("article.plan a.button");
        visitor.type("form[action='/auth/dev'] input[name=email]", "asha@example.com");
        visitor.clickThrough("form[action='/auth/dev'] button[type=submit]");
        visitor.type("input[name=phone]", "98765 43210");
        visitor.type("input[name=age]", "29");
        visitor.type("input[name=username]", "asha_k");
        visitor.find("input[name=terms]").click();
        visitor.clickThrough("form[action='/onboarding'] button[type=submit]");
        var back = visitor.path();
        visitor.clickThrough("article.plan a.button");
        visitor.defaultViewport();

        assertThat(widthAtPhone).isLessThanOrEqualTo(390);
        assertThat(photoShown).isEqualTo("256");
        assertThat(back).startsWith(page + "#plan-");
        assertThat(visitor.path()).startsWith("/book/");
    }

    @Test
    void a_member_finds_a_mentor_by_topic_and_language_books_chats_reviews_after_the_window_and_sees_it_on_their_page() {
        site.mentorWithPlan("meera_listens", 1);
        otherMentor("arjun_careers");
        var member = first;
        signUpThroughThePages(member, "Asha K", "asha_k");

        member.open("/mentors");
        member.type("#directory-search input[name=topic]", "anxiety");
        member.type("#directory-search input[name=lang]", "Hindi");
        member.clickThrough("#directory-search button[type=submit]");
        member.screenshot("19-directory-filtered");
        var found = member.find("#mentors").getText();
        member.clickThrough("#mentors li.mentor-card h2 a");
        var mentorPage = member.path();
        member.clickThrough("article.plan a.button");
        member.clickThrough("#continue-to-payment");
        member.clickThrough("#pay");
        member.waitFor("#chat[data-live='socket']");
        member.type("#message-text", "Hello Meera, Sundays are hard for me.");
        member.find("#send").click();
        var sent = member.waitFor("#messages li.mine .text").getText();
        // A day and a minute pass with the member using the site, so the window ends and the session lives.
        for (var step = 0; step < 5; step++) {
            site.clock.advance(Duration.ofHours(5));
            member.open("/chats");
        }
        member.open("/profile?tab=sessions");
        member.clickThrough("a.review-link");
        member.find("input[name=stars][value='5']").click();
        member.type("textarea#review-text", REVIEW);
        member.clickThrough("#save-review");
        member.open(mentorPage);
        member.screenshot("20-mentor-page-reviewed");

        assertThat(found).contains("meera_listens").doesNotContain("arjun_careers");
        assertThat(sent).isEqualTo("Hello Meera, Sundays are hard for me.");
        assertThat(member.find("#rating-count").getText()).isEqualTo("1 review");
        assertThat(member.find(".review .author").getText()).isEqualTo("asha_k");
        assertThat(member.find(".review-text").getText()).isEqualTo(REVIEW);
    }

    /** A verified mentor with a plan whose topics and languages are not the journey's. */
    private void otherMentor(String username) {
        var browser = site.member(username);
        var actor = site.core.identifyActor().identify(browser.userId(site.stores));
        site.core.applyAsMentor().apply(new ApplyAsMentor.Command(actor, new Mentor.Details("",
                "Career coach", "Ten years of helping people change jobs.", List.of("career"), List.of("Tamil"), 10)));
        site.core.verifyMentor().verify(new VerifyMentor.Command(Actor.operator(), actor.id(), true));
        site.core.createPlan().create(new CreatePlan.Command(site.core.identifyActor().identify(actor.id()),
                new Plan.Terms("A week of chat", "Text support.", Paise.ofRupees(299), 0, 7)));
    }

    @Test
    void after_the_chat_ends_the_member_reviews_it_from_their_sessions_and_sees_it_on_the_mentor_s_page() {
        var chat = OpenChat.between(site, "asha_k", "meera_listens", 1);
        chat.moveClockTo(chat.endsAt());
        var booking = site.stores.bookings().ofUser(chat.userId()).getFirst();
        var user = first.signedInLike(chat.user());
        user.open("/profile?tab=sessions");

        user.clickThrough("a.review-link");
        user.find("input[name=stars][value='4']").click();
        user.type("textarea#review-text", REVIEW);
        user.screenshot("17-review-form");
        user.clickThrough("#save-review");
        assertThat(user.path()).isEqualTo("/bookings/" + booking.id() + "/review?saved=1");
        user.clickThrough("#review a[href='/mentor/" + chat.mentorId() + "']");
        user.screenshot("18-mentor-reviews");

        assertThat(user.find("#rating-count").getText()).isEqualTo("1 review");
        assertThat(user.find("#rating-average").getText()).isEqualTo("★ 4.0");
        assertThat(user.find(".review .author").getText()).isEqualTo("asha_k");
        assertThat(user.find(".review-text").getText()).isEqualTo(REVIEW);
        assertThat(user.has(".review-text b")).isFalse();
    }

    @Test
    void the_mentor_replies_to_a_review_on_their_page_and_the_member_reads_the_reply_there() {
        var chat = OpenChat.between(site, "asha_k", "meera_listens", 1);
        chat.moveClockTo(chat.endsAt());
        var booking = site.stores.bookings().ofUser(chat.userId()).getFirst();
        chat.user().get("/bookings/" + booking.id());
        chat.user().postForm("/bookings/" + booking.id() + "/review", "stars", "5", "text", REVIEW);
        var mentor = second.signedInLike(chat.mentor());
        mentor.open("/mentor/" + chat.mentorId());

        mentor.type(".reply-form textarea", THANKS);
        mentor.clickThrough(".reply-form button[type=submit]");
        var user = first.signedInLike(chat.user());
        user.open("/mentor/" + chat.mentorId());

        assertThat(user.find(".reply-text").getText()).isEqualTo(THANKS);
        assertThat(user.has(".reply-form")).isFalse();
    }

    /** Development sign-in, then onboarding, through the forms as a person fills them in; ends on the groups. */
    private static void signUpThroughThePages(Chrome chrome, String name, String username) {
        chrome.open("/signin");
        chrome.type("form[action='/auth/dev'] input[name=email]", username + "@example.com");
        chrome.type("form[action='/auth/dev'] input[name=name]", name);
        chrome.clickThrough("form[action='/auth/dev'] button[type=submit]");
        chrome.type("input[name=phone]", "98765 43210");
        chrome.type("input[name=age]", "31");
        chrome.type("input[name=username]", username);
        chrome.find("input[name=terms]").click();
        chrome.clickThrough("form[action='/onboarding'] button[type=submit]");
        assertThat(chrome.path()).isEqualTo("/groups");
    }
}
