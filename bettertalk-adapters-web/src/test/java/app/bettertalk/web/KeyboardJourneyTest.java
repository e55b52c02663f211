package app.bettertalk.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paid journey with the keyboard alone, as someone who cannot use a pointer goes through it: from the mentor
 * directory to a message sent in the chat, by Tab, Enter and typing; nothing is clicked.
 */
class KeyboardJourneyTest {
    private static final int MOST_TAB_STOPS = 80;

    private final TestSite site = new TestSite();
    private final Chrome chrome = Chrome.start().on(site);

    @AfterEach
    void stop() {
        try (var running = site; var browser = chrome) {
            // the browser first, so the server has no socket left open to wait for; both, even if one fails
        }
    }

    @Test
    void a_member_finds_a_mentor_books_pays_and_writes_without_a_pointer() {
        site.mentorWithPlan("meera_listens", 7);
        chrome.signedInLike(site.member("asha_k"));
        chrome.open("/mentors");

        tabTo("input[name=q]");
        keys("anxiety", Keys.ENTER);
        chrome.waitFor("a[href^='/mentor/']");
        tabTo("main a[href^='/mentor/']");
        keys(Keys.ENTER);
        chrome.waitFor("article.plan");
        tabTo("article.plan a.button");
        keys(Keys.ENTER);
        chrome.waitFor("#continue-to-payment");
        tabTo("#continue-to-payment");
        keys(Keys.ENTER);
        chrome.waitFor("#pay");
        tabTo("#pay");
        keys(Keys.ENTER);
        chrome.waitFor("#chat[data-live='socket']");
        tabTo("#message-text");
        keys("Hello, I found you by keyboard.");
        tabTo("#send");
        keys(Keys.ENTER);

        assertThat(chrome.waitFor("#messages li.mine .text").getText()).isEqualTo("Hello, I found you by keyboard.");
        assertThat(chrome.path()).startsWith("/chat/");
    }

    /** Presses Tab until the element {@code css} names has the focus; fails if it never comes. */
    private void tabTo(String css) {
        for (var i = 0; i < MOST_TAB_STOPS; i++) {
            var there = chrome.driver.executeScript(
                    "return document.activeElement !== null && document.activeElement.matches(arguments[0])", css);
            if (Boolean.TRUE.equals(there)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError(MOST_TAB_STOPS + " presses of Tab never reached " + css + " on " + chrome.path());
    }

    private void keys(CharSequence... keys) {
        new Actions(chrome.driver).sendKeys(keys).perform();
    }
}
