package app.bettertalk.web.identity;

import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Sign out everywhere" ends every session of the person, on every browser, and no one else's. */
class SignOutEverywhereTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void signing_out_everywhere_ends_the_sessions_of_every_browser_of_that_person_only() {
        var phone = site.member("asha_k");
        var laptop = site.signedInAs(phone.userId(site.stores));
        var someoneElse = site.member("ravi_k");
        phone.get("/profile");
        assertThat(phone.get("/profile").body()).contains("id=\"signout-everywhere\"");

        var out = phone.postForm("/signout/everywhere");

        assertThat(out.status()).isEqualTo(303);
        assertThat(out.location()).isEqualTo("/signin?signedOut=everywhere");
        assertThat(phone.get(out.location()).body()).contains("signed out of");
        assertThat(phone.get("/profile").status()).as("this browser").isEqualTo(303);
        assertThat(laptop.get("/profile").status()).as("the other browser").isEqualTo(303);
        assertThat(someoneElse.get("/profile").status()).as("someone else").isEqualTo(200);
    }
}
