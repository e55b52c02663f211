package app.bettertalk.core.notification;

import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EmailTest {
    private final UserId asha = UserId.random();
    private final UserId ravi = UserId.random();
    private final UUID booking = UUID.randomUUID();
    private final UUID chat = UUID.randomUUID();
    private final Instant endsAt = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void a_booking_is_confirmed_by_email_once_whatever_the_details() {
        var first = new Email.BookingConfirmed(asha, booking, chat, "ravi_k", "Week", Paise.ofRupees(499), 7);
        var again = new Email.BookingConfirmed(asha, booking, chat, "Ravi", "Week (renamed)", Paise.ofRupees(499), 7);

        assertThat(again.deduplicationKey()).isEqualTo(first.deduplicationKey());
    }

    @Test
    void each_booking_earns_its_own_confirmation_email() {
        var first = new Email.BookingConfirmed(asha, booking, chat, "ravi_k", "Week", Paise.ofRupees(499), 7);
        var second = new Email.BookingConfirmed(asha, UUID.randomUUID(), chat, "ravi_k", "Week", Paise.ofRupees(499), 7);

        assertThat(second.deduplicationKey()).isNotEqualTo(first.deduplicationKey());
    }

    @Test
    void a_chat_opened_by_one_booking_is_announced_once_to_each_participant() {
        var toAsha = new Email.ChatOpened(asha, booking, chat, "ravi_k", endsAt, false);
        var toRavi = new Email.ChatOpened(ravi, booking, chat, "asha", endsAt, false);
        var toAshaAgain = new Email.ChatOpened(asha, booking, chat, "ravi_k", endsAt.plusSeconds(1), true);

        assertThat(toRavi.deduplicationKey()).isNotEqualTo(toAsha.deduplicationKey());
        assertThat(toAshaAgain.deduplicationKey()).isEqualTo(toAsha.deduplicationKey());
    }

    @Test
    void a_chat_has_one_first_message_email() {
        var first = new Email.FirstMessage(ravi, chat, "asha");
        var other = new Email.FirstMessage(asha, chat, "ravi_k");

        assertThat(other.deduplicationKey()).isEqualTo(first.deduplicationKey());
    }

    @Test
    void each_message_ends_a_quiet_period_at_most_once() {
        var message = UUID.randomUUID();
        var first = new Email.MessageAfterQuiet(ravi, chat, message, "asha");
        var again = new Email.MessageAfterQuiet(ravi, chat, message, "asha");
        var later = new Email.MessageAfterQuiet(ravi, chat, UUID.randomUUID(), "asha");

        assertThat(again.deduplicationKey()).isEqualTo(first.deduplicationKey());
        assertThat(later.deduplicationKey()).isNotEqualTo(first.deduplicationKey());
    }

    @Test
    void emails_of_different_kinds_never_share_a_key() {
        var keys = new HashSet<String>();
        keys.add(new Email.BookingConfirmed(asha, booking, chat, "r", "t", Paise.ofRupees(1), 1).deduplicationKey());
        keys.add(new Email.ChatOpened(asha, booking, chat, "r", endsAt, false).deduplicationKey());
        keys.add(new Email.FirstMessage(asha, chat, "r").deduplicationKey());
        keys.add(new Email.MessageAfterQuiet(asha, chat, chat, "r").deduplicationKey());
        keys.add(new Email.OnboardingCompleted(asha, "asha").deduplicationKey());

        assertThat(keys).hasSize(5);
    }

    @Test
    void no_email_about_a_chat_has_a_field_for_what_was_written() {
        var chatEmails = List.of(Email.FirstMessage.class, Email.MessageAfterQuiet.class,
                Email.ChatOpened.class, Email.BookingConfirmed.class);

        assertThat(chatEmails).allSatisfy(kind -> assertThat(kind.getRecordComponents())
                .extracting(RecordComponent::getName)
                .doesNotContain("text", "body", "messageText", "preview", "content"));
    }
}
