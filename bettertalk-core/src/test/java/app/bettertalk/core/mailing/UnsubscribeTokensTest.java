package app.bettertalk.core.mailing;

import app.bettertalk.core.World;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class UnsubscribeTokensTest {
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(World.TEST_SECRET);
    private final UserId asha = new UserId(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));

    @Test
    void a_token_reads_back_as_the_person_and_kind_it_was_issued_for() {
        var token = tokens.issue(asha, EmailKind.MESSAGE_AFTER_QUIET);

        assertThat(tokens.read(token)).contains(new Unsubscription(asha, EmailKind.MESSAGE_AFTER_QUIET));
    }

    @Test
    void a_token_goes_into_a_link_as_it_is() {
        var token = tokens.issue(asha, EmailKind.CHAT_OPENED);

        assertThat(token).matches("[A-Za-z0-9_.-]+").hasSizeLessThan(100);
    }

    @Test
    void a_token_signed_under_another_secret_is_refused() {
        var otherServer = new UnsubscribeTokens("another-secret-of-thirty-two-byt".getBytes(StandardCharsets.US_ASCII));

        var forged = otherServer.issue(asha, EmailKind.CHAT_OPENED);

        assertThat(tokens.read(forged)).isEmpty();
    }

    @Test
    void a_token_whose_kind_was_changed_is_refused() {
        var token = tokens.issue(asha, EmailKind.CHAT_OPENED);

        var edited = token.replace(".chat_opened.", ".first_message.");

        assertThat(edited).isNotEqualTo(token);
        assertThat(tokens.read(edited)).isEmpty();
    }

    @Test
    void a_token_whose_person_was_changed_is_refused() {
        var token = tokens.issue(asha, EmailKind.CHAT_OPENED);
        var ravi = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);

        var edited = ravi + token.substring(token.indexOf('.'));

        assertThat(tokens.read(edited)).isEmpty();
    }

    @Test
    void a_cut_or_garbled_token_is_refused() {
        var token = tokens.issue(asha, EmailKind.CHAT_OPENED);

        assertThat(tokens.read(token.substring(0, token.length() - 1))).isEmpty();
        assertThat(tokens.read(token + "A")).isEmpty();
        assertThat(tokens.read(token.replace('.', '!'))).isEmpty();
        assertThat(tokens.read("")).isEmpty();
        assertThat(tokens.read(null)).isEmpty();
        assertThat(tokens.read("a.b.c")).isEmpty();
        assertThat(tokens.read("x".repeat(10_000))).isEmpty();
    }

    @Test
    void onboarding_and_booking_emails_have_no_unsubscribe_token() {
        assertThat(catchThrowable(() -> tokens.issue(asha, EmailKind.BOOKING_CONFIRMED)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> tokens.issue(asha, EmailKind.ONBOARDING_COMPLETED)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_secret_shorter_than_32_bytes_is_refused() {
        var shortSecret = "thirty-one-bytes-are-not-enough".getBytes(StandardCharsets.US_ASCII);

        assertThat(catchThrowable(() -> new UnsubscribeTokens(shortSecret)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes");
    }
}
