package app.bettertalk.web;

import app.bettertalk.web.chat.OpenChat;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Your chats" and the navigation's unread badge in a real browser, its script and socket included. */
class ChatsBrowserTest {
    private static Chrome chrome;

    private final TestSite site = new TestSite();

    @BeforeAll
    static void startBrowser() {
        chrome = Chrome.start();
    }

    @AfterAll
    static void stopBrowser() {
        chrome.close();
    }

    @BeforeEach
    void pointBrowserAtTheSite() {
        chrome.on(site);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_message_raises_the_badge_live_on_another_page_and_opening_the_chat_from_the_list_clears_it() {
        var chat = OpenChat.between(site, "asha_k", "meera_listens", 7);
        var user = chrome.signedInLike(chat.user());
        user.open("/groups");
        user.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unread-badge[data-live='socket']")));
        var hiddenAtFirst = !user.find("#unread-badge").isDisplayed();

        chat.send(chat.mentorId(), "m1", "How did today go?");
        user.waitFor("#unread-badge[data-total='1']");
        var shownLive = user.find("#unread-badge").isDisplayed();
        user.clickThrough("#nav-chats");
        var listed = user.find("#chat-" + chat.chat()).getText();
        user.screenshot("12-your-chats");
        user.clickThrough("#chat-" + chat.chat() + " a.chat-name");

        assertThat(hiddenAtFirst).isTrue();
        assertThat(shownLive).isTrue();
        assertThat(listed).contains("meera_listens").contains("1 unread message")
                .contains("Free chat available for next 7 days");
        assertThat(user.path()).isEqualTo(chat.page());
        assertThat(user.find("#unread-badge").isDisplayed()).isFalse();
        assertThat(user.alertOpen()).isFalse();
    }
}
