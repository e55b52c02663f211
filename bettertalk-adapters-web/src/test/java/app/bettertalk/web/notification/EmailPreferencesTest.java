package app.bettertalk.web.notification;

import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EmailPreferencesTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_choices_page_lists_the_four_kinds_one_may_turn_off_all_ticked_at_first() {
        var asha = site.member("asha_k");

        var page = asha.get("/profile/emails");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"CHAT_OPENED\" checked").contains("value=\"FIRST_MESSAGE\" checked")
                .contains("value=\"MESSAGE_AFTER_QUIET\" checked").contains("value=\"REVIEW_INVITATION\" checked")
                .doesNotContain("value=\"ONBOARDING_COMPLETED\"").doesNotContain("value=\"BOOKING_CONFIRMED\"")
                .contains("Always sent");
    }

    @Test
    void saving_the_form_turns_off_the_kinds_left_unticked() {
        var asha = site.member("asha_k");
        asha.get("/profile/emails");

        var saved = asha.postForm("/profile/emails", "kind", "FIRST_MESSAGE");
        var page = asha.get(saved.location());

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/profile/emails?saved=1");
        assertThat(site.stores.emailPreferences().turnedOff(asha.userId(site.stores)))
                .containsExactlyInAnyOrder(EmailKind.CHAT_OPENED, EmailKind.MESSAGE_AFTER_QUIET,
                        EmailKind.REVIEW_INVITATION);
        assertThat(page.body()).contains("Saved.").contains("value=\"FIRST_MESSAGE\" checked")
                .contains("value=\"CHAT_OPENED\">");
    }

    @Test
    void a_form_naming_a_kind_that_does_not_exist_is_refused() {
        var asha = site.member("asha_k");
        asha.get("/profile/emails");

        var refused = asha.postForm("/profile/emails", "kind", "EVERYTHING");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(site.stores.emailPreferences().turnedOff(asha.userId(site.stores))).isEmpty();
    }

    @Test
    void the_choices_page_needs_a_sign_in() {
        var page = site.visitor().get("/profile/emails");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/signin?return=%2Fprofile%2Femails");
    }

    @Test
    void following_an_unsubscribe_link_signed_out_shows_a_button_and_changes_nothing_yet() {
        var asha = site.member("asha_k");
        var token = site.unsubscribeTokens.issue(asha.userId(site.stores), EmailKind.MESSAGE_AFTER_QUIET);

        var page = site.visitor().get("/unsubscribe?token=" + encode(token));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<button type=\"submit\">Unsubscribe</button>")
                .contains("name=\"token\" value=\"" + token + "\"");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(site.stores.emailPreferences().turnedOff(asha.userId(site.stores))).isEmpty();
    }

    @Test
    void pressing_the_button_turns_that_kind_off_without_signing_in() {
        var asha = site.member("asha_k");
        var token = site.unsubscribeTokens.issue(asha.userId(site.stores), EmailKind.MESSAGE_AFTER_QUIET);
        var visitor = site.visitor();
        visitor.get("/unsubscribe?token=" + encode(token));

        var done = visitor.postForm("/unsubscribe", "token", token);

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("You will no longer get this email: When a new message arrives");
        assertThat(site.stores.emailPreferences().turnedOff(asha.userId(site.stores)))
                .containsExactly(EmailKind.MESSAGE_AFTER_QUIET);
    }

    @Test
    void a_forged_token_is_refused_and_changes_nothing() {
        var asha = site.member("asha_k");
        var token = site.unsubscribeTokens.issue(asha.userId(site.stores), EmailKind.FIRST_MESSAGE);
        var forged = token.replace(".first_message.", ".chat_opened.");
        var visitor = site.visitor();
        visitor.get("/unsubscribe?token=" + encode(forged));

        var refused = visitor.postForm("/unsubscribe", "token", forged);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("is not a working unsubscribe link");
        assertThat(site.stores.emailPreferences().turnedOff(asha.userId(site.stores))).isEmpty();
    }

    @Test
    void the_unsubscribe_button_cannot_be_pressed_from_another_site() {
        var asha = site.member("asha_k");
        var token = site.unsubscribeTokens.issue(asha.userId(site.stores), EmailKind.FIRST_MESSAGE);
        var visitor = site.visitor();
        visitor.get("/unsubscribe?token=" + encode(token));
        visitor.from("https://evil.example");

        var refused = visitor.postForm("/unsubscribe", "token", token);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(site.stores.emailPreferences().turnedOff(asha.userId(site.stores))).isEmpty();
    }

    @Test
    void a_link_without_its_token_is_answered_plainly() {
        var page = site.visitor().get("/unsubscribe");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("This unsubscribe link is incomplete");
    }

    @Test
    void a_signed_in_person_following_someone_elses_link_unsubscribes_only_that_person() {
        var asha = site.member("asha_k");
        var ravi = site.member("ravi_k");
        var token = site.unsubscribeTokens.issue(asha.userId(site.stores), EmailKind.CHAT_OPENED);
        ravi.get("/unsubscribe?token=" + encode(token));

        ravi.postForm("/unsubscribe", "token", token);

        assertThat(site.stores.emailPreferences().turnedOff(asha.userId(site.stores)))
                .containsExactly(EmailKind.CHAT_OPENED);
        assertThat(site.stores.emailPreferences().turnedOff(ravi.userId(site.stores))).isEmpty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
