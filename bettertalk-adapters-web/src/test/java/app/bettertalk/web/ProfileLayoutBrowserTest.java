package app.bettertalk.web;

import app.bettertalk.core.identity.Consent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member's profile page laid out in a real browser at a phone's width (390 px) and a desktop's (1280 px): no
 * sideways scrolling, and every value beside or right under its own label. Screenshots land in target/screenshots.
 */
class ProfileLayoutBrowserTest {
    private static final String LONG_EMAIL = "a.very.long.name.for.an.email.address.that.never.ends@example.com";
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
    void signIn() {
        chrome.on(site);
        var member = site.visitor();
        member.get("/signin");
        member.postForm("/auth/dev", "email", LONG_EMAIL, "name", "Asha");
        member.get("/onboarding");
        member.postForm("/onboarding", "phone", "98765 43210", "age", "29", "username", "asha_k", "terms", Consent.CURRENT);
        chrome.signedInLike(member);
    }

    @AfterEach
    void stop() {
        chrome.defaultViewport();
        site.close();
    }

    /** The email's box is its own label's: just under it when stacked, level with it when side by side. */
    private static void assertEmailSitsByItsLabel() {
        var label = chrome.box("#email-label");
        var email = chrome.box("#email");
        var usernameLabel = chrome.box("#username-label");
        var stacked = email.get(1).doubleValue() >= label.get(3).doubleValue() - 1;
        if (stacked) {
            assertThat(email.get(1).doubleValue() - label.get(3).doubleValue()).as("gap under its label")
                    .isLessThan(12);
        } else {
            assertThat(Math.abs(email.get(1).doubleValue() - label.get(1).doubleValue())).as("level with its label")
                    .isLessThan(6);
            assertThat(email.get(0).doubleValue()).as("right of its label").isGreaterThan(label.get(2).doubleValue());
        }
        assertThat(email.get(1).doubleValue()).as("below the username's label")
                .isGreaterThan(usernameLabel.get(3).doubleValue());
    }

    @Test
    void at_phone_width_the_profile_fits_the_screen_and_the_email_sits_under_its_label() {
        chrome.viewport(390, 844).open("/profile");

        chrome.screenshot("profile-390");

        assertThat(chrome.viewportWidth()).isEqualTo(390);
        assertThat(chrome.pageWidth()).as("page width at 390 px").isLessThanOrEqualTo(390);
        assertEmailSitsByItsLabel();
    }

    @Test
    void at_desktop_width_each_value_is_level_with_its_label() {
        chrome.viewport(1280, 900).open("/profile");

        chrome.screenshot("profile-1280");

        assertThat(chrome.pageWidth()).isLessThanOrEqualTo(1280);
        assertEmailSitsByItsLabel();
        var username = chrome.box("#username");
        var usernameLabel = chrome.box("#username-label");
        assertThat(Math.abs(username.get(1).doubleValue() - usernameLabel.get(1).doubleValue())).isLessThan(6);
    }

    @Test
    void at_phone_width_the_other_profile_tabs_fit_the_screen() {
        chrome.viewport(390, 844);

        for (var tab : new String[] {"groups", "sessions"}) {
            chrome.open("/profile?tab=" + tab);
            chrome.screenshot("profile-" + tab + "-390");
            assertThat(chrome.pageWidth()).as(tab + " tab width").isLessThanOrEqualTo(390);
        }
    }
}
