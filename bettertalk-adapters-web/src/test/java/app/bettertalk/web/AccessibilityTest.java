package app.bettertalk.web;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.review.Stars;
import app.bettertalk.core.review.WriteReview;
import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.core.safetyplan.SaveSafetyPlan;
import app.bettertalk.web.chat.OpenChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, in the states a person meets it in (form errors shown, an expired chat, a chat of fifty messages), at
 * desktop and phone width, checked by axe-core against WCAG 2.x A and AA: a serious or critical violation fails.
 * At phone width no page may be wider than the screen.
 */
class AccessibilityTest {
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    private static TestSite site;
    private static Chrome chrome;
    private static final List<PageState> STATES = new ArrayList<>();

    /** A page as {@code who} sees it at {@code path}, after {@code then} (typing into a form, say). */
    record PageState(String name, Browser who, String path, Consumer<Chrome> then) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Built on first use: the parameter sources run before any {@code @BeforeAll}. */
    private static void aSiteWithSomethingOnEveryPage() {
        site = new TestSite();
        chrome = Chrome.start().on(site);
        // First, while the clock moves, a chat that ends; everyone else signs in after, so no session idles out.
        var ended = OpenChat.between(site, "ravi_k", "leela_listens", 1);
        ended.send(ended.userId(), "e1", "Thank you for this week.");
        ended.moveClockTo(ended.endsAt().plus(Duration.ofHours(1)));

        var chat = OpenChat.between(site, "asha_k", "meera_listens", 30);
        for (var i = 1; i <= 50; i++) {
            chat.send(i % 2 == 0 ? chat.mentorId() : chat.userId(), "m" + i,
                    "Message " + i + ": some days are heavy, and writing it down helps a little.");
        }
        var group = site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety",
                "Worry, together."));
        var member = site.core.identifyActor().identify(chat.userId());
        site.core.joinGroup().join(new JoinGroup.Command(member, group.id()));
        site.core.writePost().write(new WritePost.Command(member, group.id(), "How do you cope with Sunday nights?"));
        var admin = site.admin("care_admin");
        var visitor = site.visitor();
        var newcomer = site.newcomer("Nila");
        var mentorPage = "/mentor/" + chat.mentorId();
        var endedBooking = site.stores.bookings().ofUser(ended.userId()).getFirst().id();
        site.core.writeReview().write(new WriteReview.Command(site.core.identifyActor().identify(ended.userId()),
                endedBooking, new Stars(4), "Leela listened, and the week felt lighter."));

        state("landing", visitor, "/");
        state("sign-in", visitor, "/signin");
        state("get help now", visitor, "/help");
        state("get help now, still onboarding", site.newcomer("Ila"), "/help");
        state("get help now, a member writing a safety plan", site.member("sita_k"), "/help");
        var planner = site.member("lata_k");
        var plannerActor = site.core.identifyActor().identify(planner.userId(site.stores));
        site.core.saveSafetyPlan().save(new SaveSafetyPlan.Command(plannerActor, plannerActor.id(),
                new SafetyPlan.Sections("Not sleeping; skipping meals; not answering anyone's calls.\nSundays.",
                        "A walk to the lake. The playlist https://music.example/playlists/for-the-heavy-evenings",
                        "Priya 98765 43210\nAmma 91234 56789", "My cat Biscuit.", "")));
        state("get help now, a member's safety plan", planner, "/help?saved=1");
        state("safety plan with errors", site.member("gita_k"), "/help", page -> {
            page.driver.executeScript("document.querySelector('textarea[name=copingSteps]').value = 'x'.repeat(2001)");
            submitUnchecked(page, "#safety-plan-form");
        });
        state("onboarding", newcomer, "/onboarding");
        state("onboarding with errors", site.newcomer("Tara"), "/onboarding", page -> {
            page.type("input[name=phone]", "123");
            page.type("input[name=age]", "12");
            submitUnchecked(page, "form[action='/onboarding']");
        });
        state("groups", chat.user(), "/groups");
        state("group page", chat.user(), "/groups/" + group.id());
        state("profile", chat.user(), "/profile");
        state("profile groups", chat.user(), "/profile?tab=groups");
        state("profile sessions", chat.user(), "/profile?tab=sessions");
        state("email choices", chat.user(), "/profile/emails");
        state("mentor page", chat.user(), mentorPage);
        state("mentor page, signed out", visitor, mentorPage);
        state("chats", chat.user(), "/chats");
        state("chats, the mentor's", chat.mentor(), "/chats");
        state("chats, none yet", site.member("noor_k"), "/chats");
        state("directory", chat.user(), "/mentors");
        state("directory filtered", chat.user(), "/mentors?topic=anxiety&lang=hindi&sort=price_asc");
        state("directory with no results", chat.user(), "/mentors?q=zzzz-nobody");
        state("directory with a refused search", chat.user(), "/mentors?sort=cheapest");
        state("mentor dashboard plans", chat.mentor(), "/mentor/dashboard/plans");
        state("mentor application", site.member("kiran_k"), "/mentor/apply");
        state("mentor application with errors", site.member("devi_k"), "/mentor/apply", page -> {
            page.type("#details-form input[name=headline]", "Listener");
            page.type("#details-form input[name=experience]", "99");
            submitUnchecked(page, "#details-form");
        });
        state("mentor dashboard", chat.mentor(), "/mentor/dashboard");
        state("chat of fifty messages", chat.user(), chat.page());
        state("chat, the mentor's side", chat.mentor(), chat.page());
        state("expired chat", ended.user(), ended.page());
        state("notes", chat.mentor(), chat.page() + "/notes");
        state("review form", ended.user(), "/bookings/" + endedBooking + "/review");
        state("review form with errors", ended.user(), "/bookings/" + endedBooking + "/review", page -> {
            page.driver.executeScript("document.querySelector('input[name=stars]:checked').checked = false");
            submitUnchecked(page, "#review-form");
        });
        state("mentor page with reviews, the mentor's reply form", ended.mentor(), "/mentor/" + ended.mentorId());
        state("a mentor's reviews, signed out", visitor, "/mentor/" + ended.mentorId() + "/reviews");
        state("admin", admin, "/admin");
        state("not found", chat.user(), "/groups/00000000-0000-0000-0000-000000000000");
    }

    /** Submits past the browser's own checks, so the server's error messages show, as an older browser would. */
    private static void submitUnchecked(Chrome page, String form) {
        page.driver.executeScript("document.querySelector(arguments[0]).noValidate = true", form);
        page.clickThrough(form + " button[type=submit]");
    }

    private static void state(String name, Browser who, String path) {
        state(name, who, path, page -> { });
    }

    private static void state(String name, Browser who, String path, Consumer<Chrome> then) {
        STATES.add(new PageState(name, who, path, then));
    }

    @AfterAll
    static void stop() {
        try (var running = site; var browser = chrome) {
            // the browser first, so the server has no socket left open to wait for; both, even if one fails
        }
    }

    static Stream<Arguments> everyPageAtBothWidths() {
        aSiteIfNotYet();
        return STATES.stream().flatMap(state -> Stream.of(Arguments.of(state, "1280"), Arguments.of(state, "390")));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("everyPageAtBothWidths")
    void has_no_serious_accessibility_violation(PageState state, String width) {
        show(state, width.equals("390") ? PHONE : DESKTOP);

        assertThat(Accessibility.seriousViolations(chrome.driver)).as(state.name() + " at " + width).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPage")
    void is_no_wider_than_a_phone(PageState state) {
        show(state, PHONE);

        var widths = chrome.driver.executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
        assertThat(widths).as(state.name() + ": page width and window width").isInstanceOf(List.class);
        var pair = (List<?>) widths;
        assertThat(((Number) pair.get(0)).intValue()).as(state.name() + " is as wide as")
                .isLessThanOrEqualTo(((Number) pair.get(1)).intValue());
    }

    @Test
    void the_check_finds_what_it_looks_for_low_contrast_text_and_an_image_without_words() {
        aSiteIfNotYet();
        chrome.open("/");
        // Styled through the CSSOM: the site's Content-Security-Policy ignores style attributes.
        chrome.driver.executeScript("""
                var faint = document.createElement('p');
                faint.textContent = 'Faint words';
                faint.style.color = '#aaaaaa';
                faint.style.backgroundColor = '#ffffff';
                document.querySelector('main').prepend(faint);
                var picture = document.createElement('img');
                picture.src = '/assets/none.png';
                document.querySelector('main').prepend(picture);""");

        assertThat(Accessibility.seriousViolations(chrome.driver)).anyMatch(line -> line.contains("color-contrast"))
                .anyMatch(line -> line.contains("image-alt"));
    }

    static Stream<PageState> everyPage() {
        aSiteIfNotYet();
        return STATES.stream();
    }

    private static void aSiteIfNotYet() {
        if (site == null) {
            aSiteWithSomethingOnEveryPage();
        }
    }

    private static void show(PageState state, Dimension size) {
        chrome.driver.manage().window().setSize(size);
        if (state.who().cookie(Requests.SESSION_COOKIE) == null) {
            chrome.open("/");
            chrome.driver.manage().deleteAllCookies();
        } else {
            chrome.signedInLike(state.who());
        }
        chrome.open(state.path());
        state.then().accept(chrome);
    }
}
