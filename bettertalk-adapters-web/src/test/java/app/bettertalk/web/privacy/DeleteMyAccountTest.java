package app.bettertalk.web.privacy;

import app.bettertalk.core.identity.User;
import app.bettertalk.web.Requests;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.chat.OpenChat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Delete my account": asked again, then erased, signed out everywhere, and shown to others as "deleted member". */
class DeleteMyAccountTest {
    private final TestSite site = new TestSite();

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void a_wrong_username_deletes_nothing_and_keeps_the_choices_made() {
        var chat = OpenChat.between(site, "asha_k", "ravi_k", 7);
        var form = chat.user().get("/profile/delete");

        var refused = chat.user().postForm("/profile/delete", "confirmation", "asha", "posts", "erase",
                "messages", "keep");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Type your username, <strong>asha_k</strong>, to confirm");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("type your username, asha_k, to delete your account")
                .contains("value=\"erase\" checked").contains("value=\"asha\"");
        assertThat(site.stores.users().byId(chat.userId()).orElseThrow().erased()).isFalse();
        assertThat(chat.user().get("/profile").status()).isEqualTo(200);
    }

    @Test
    void deleting_erases_the_account_signs_out_everywhere_and_the_mentor_keeps_the_chat_with_a_deleted_member() {
        var chat = OpenChat.between(site, "asha_k", "ravi_k", 7);
        chat.send(chat.userId(), "c1", "I could not sleep");
        chat.send(chat.mentorId(), "m1", "Tell me about it");
        var otherDevice = site.signedInAs(chat.userId());
        chat.user().get("/profile/delete");

        var deleted = chat.user().postForm("/profile/delete", "confirmation", "asha_k", "posts", "keep",
                "messages", "erase");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).contains("Your account is deleted");
        assertThat(deleted.header("Set-Cookie")).startsWith(Requests.SESSION_COOKIE + "=;");
        assertThat(otherDevice.get("/groups").location()).startsWith("/signin");
        var stored = site.stores.users().byId(chat.userId()).orElseThrow();
        assertThat(stored.erased()).isTrue();
        assertThat(stored.profile()).isEmpty();
        var mentorView = chat.mentor().get(chat.page());
        assertThat(mentorView.status()).isEqualTo(200);
        assertThat(mentorView.body()).contains(User.DELETED_MEMBER).contains("Tell me about it")
                .doesNotContain("I could not sleep");
    }
}
