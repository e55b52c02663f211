package app.bettertalk.web.help;

import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Get help now": on every page, for anyone, with India's crisis lines a tap away. */
class HelpPageTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_visitor_who_is_not_signed_in_reaches_the_helplines() {
        var page = site.visitor().get("/help");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Get help now</h1>").contains("href=\"tel:14416\"")
                .contains("Tele-MANAS: 14416").contains("href=\"tel:18008914416\"").contains("1-800-891-4416")
                .contains("href=\"tel:112\"");
    }

    @Test
    void someone_signed_in_before_onboarding_is_not_sent_to_onboarding_first() {
        var page = site.newcomer("Nila").get("/help");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tele-MANAS");
    }

    @Test
    void every_page_leads_to_it_signed_in_or_not() {
        var member = site.member("asha_k");

        for (var page : new String[]{"/", "/signin"}) {
            assertThat(site.visitor().get(page).body()).as(page).contains("<a class=\"get-help\" href=\"/help\"");
        }
        for (var page : new String[]{"/groups", "/profile", "/mentors", "/chats"}) {
            assertThat(member.get(page).body()).as(page).contains("<a class=\"get-help\" href=\"/help\"");
        }
    }
}
