package app.bettertalk.notifications;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.booking.RefundBooking;
import app.bettertalk.core.booking.SweepExpiredChats;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.mailing.SendQueuedEmails;
import app.bettertalk.core.mailing.Unsubscribe;
import app.bettertalk.core.notes.WriteNotes;
import app.bettertalk.core.notification.EmailKind;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five emails of one journey, sent through {@link SmtpMailer} to a real SMTP server on localhost (GreenMail) and
 * read back as a mail program would: onboarding, booking confirmed, chat opened, first message, and a message after
 * the quiet period.
 */
class EmailsArriveTest {
    private static final String SITE = "https://bettertalk.example";
    private static final SendQueuedEmails.Command SWEEP = new SendQueuedEmails.Command(50, Duration.ofMinutes(1));
    private static final Pattern UNSUBSCRIBE = Pattern.compile(Pattern.quote(SITE) + "/unsubscribe\\?token=([^\\s\"<>]+)");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final World world = new World();
    private SendQueuedEmails sweep;
    private Actor asha;
    private Actor ravi;
    private Confirmation booking;

    @BeforeEach
    void journey() {
        var composer = new MessageComposer(new EmailTemplates(URI.create(SITE)),
                "BetterTalk <no-reply@bettertalk.example>", world.clock);
        var mailer = new SmtpMailer(SmtpServer.of("127.0.0.1", SMTP.getSmtp().getPort(), SmtpServer.Security.NONE,
                "", ""), composer);
        sweep = new SendQueuedEmails(world.outbox, world.emailPreferences, world.users, mailer,
                world.unsubscribeTokens, world.deliveryPolicy, world.jitter, world.clock);
        asha = world.onboardedUser("asha_k");
        ravi = world.verifiedMentor("ravi_k");
        booking = world.confirmedBooking(asha, world.plan(ravi, 7));
        var chat = booking.chat().id();
        world.sendMessage.send(new SendMessage.Command(asha, chat, "a1", "SECRET-WORDS-1 I have been feeling low"));
        world.sendMessage.send(new SendMessage.Command(ravi, chat, "r1", "SECRET-WORDS-2 I am here for you"));
        world.writeNotes.write(new WriteNotes.Command(ravi, chat, "SECRET-NOTES about asha", 0));
        world.clock.advance(Duration.ofHours(13));
        world.sendMessage.send(new SendMessage.Command(ravi, chat, "r2", "SECRET-WORDS-3 how are you today?"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EmailKind.class)
    void each_kind_arrives_to_its_recipient_with_its_subject_and_its_link_in_both_parts(EmailKind kind) {
        var expected = expectation(kind);
        if (kind == EmailKind.REVIEW_INVITATION) {
            // The journey's chat is still open; its end and the chat sweep bring the invitation.
            world.clock.set(booking.chat().endsAt());
            world.sweepExpiredChats.sweep(new SweepExpiredChats.Command(100, 1));
        }
        if (kind == EmailKind.BOOKING_REFUNDED) {
            world.refundBooking.refund(new RefundBooking.Command(ravi, booking.booking().id()));
        }

        sweep.send(SWEEP);

        var received = received().stream().filter(email -> email.subject().equals(expected.subject())).toList();
        assertThat(received).singleElement().satisfies(email -> {
            assertThat(email.to()).isEqualTo(emailOf(expected.recipient()));
            assertThat(email.from()).isEqualTo("BetterTalk <no-reply@bettertalk.example>");
            assertThat(email.contentType()).startsWith("multipart/alternative");
            assertThat(email.text()).contains(expected.link());
            assertThat(email.html()).contains("href=\"" + expected.link() + "\"");
        });
    }

    @Test
    void the_journey_sends_seven_emails_one_per_recipient_and_event() {
        var outcome = sweep.send(SWEEP);

        assertThat(outcome.sent()).isEqualTo(7);
        assertThat(received()).extracting(Received::subject).containsExactlyInAnyOrder(
                "Welcome to BetterTalk, asha_k", "Welcome to BetterTalk, ravi_k",
                "Your session with ravi_k is confirmed", "Your chat with ravi_k is open",
                "Your chat with asha_k is open", "asha_k started your chat", "New message from ravi_k");
    }

    @Test
    void no_email_carries_what_was_written_or_the_other_persons_email_or_phone() {
        sweep.send(SWEEP);

        for (var email : received()) {
            var everything = email.everything();
            assertThat(everything).doesNotContain("SECRET").doesNotContain("feeling low");
            var other = email.to().equals(emailOf(asha)) ? ravi : asha;
            assertThat(everything).doesNotContain(emailOf(other)).doesNotContain(phoneOf(other))
                    .doesNotContain(phoneOf(other).substring(3));
        }
    }

    @Test
    void optional_emails_carry_an_unsubscribe_link_and_header_and_onboarding_and_booking_emails_none() {
        sweep.send(SWEEP);

        for (var email : received()) {
            var optional = !email.subject().startsWith("Welcome") && !email.subject().startsWith("Your session");
            if (optional) {
                assertThat(UNSUBSCRIBE.matcher(email.text()).find()).as(email.subject()).isTrue();
                assertThat(email.html()).as(email.subject()).contains(SITE + "/unsubscribe?token=");
                assertThat(email.listUnsubscribe()).as(email.subject()).startsWith("<" + SITE + "/unsubscribe?token=");
            } else {
                assertThat(email.everything()).as(email.subject()).doesNotContain("/unsubscribe");
                assertThat(email.listUnsubscribe()).isEmpty();
            }
        }
    }

    @Test
    void the_unsubscribe_link_in_an_email_stops_that_kind_and_only_that_kind() {
        sweep.send(SWEEP);
        var quiet = received().stream().filter(email -> email.subject().equals("New message from ravi_k"))
                .findFirst().orElseThrow();
        var matcher = UNSUBSCRIBE.matcher(quiet.text());
        assertThat(matcher.find()).isTrue();
        var token = URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);

        world.unsubscribe.unsubscribe(new Unsubscribe.Command(token));
        world.clock.advance(Duration.ofHours(13));
        world.sendMessage.send(new SendMessage.Command(ravi, booking.chat().id(), "r3", "SECRET-WORDS-4 hello?"));
        world.sendMessage.send(new SendMessage.Command(asha, booking.chat().id(), "a2", "SECRET-WORDS-5 hi"));
        world.clock.advance(Duration.ofHours(13));
        world.sendMessage.send(new SendMessage.Command(asha, booking.chat().id(), "a3", "SECRET-WORDS-6 back"));
        var outcome = sweep.send(SWEEP);

        assertThat(outcome.skipped()).isEqualTo(1);
        assertThat(outcome.sent()).isEqualTo(1);
        assertThat(received()).filteredOn(email -> email.subject().equals("New message from ravi_k")).hasSize(1);
        assertThat(received()).filteredOn(email -> email.subject().equals("New message from asha_k")).hasSize(1);
    }

    @Test
    void the_chat_email_gives_the_end_of_the_chat_in_india_time() {
        sweep.send(SWEEP);

        var opened = received().stream().filter(email -> email.subject().equals("Your chat with ravi_k is open"))
                .findFirst().orElseThrow();
        assertThat(opened.text()).contains("until Wed 2 Dec 2026, 3:30 PM IST");
        assertThat(opened.html()).contains("Wed 2 Dec 2026, 3:30 PM IST");
    }

    @Test
    void each_email_has_the_message_id_of_its_outbox_row() {
        sweep.send(SWEEP);

        assertThat(received()).extracting(Received::messageId)
                .containsExactlyInAnyOrderElementsOf(world.outbox.all().stream()
                        .map(email -> "<outbox-" + email.id() + "@bettertalk.example>").toList());
    }

    private record Expectation(Actor recipient, String subject, String link) {
    }

    private Expectation expectation(EmailKind kind) {
        var chatLink = SITE + "/chat/" + booking.chat().id().value();
        return switch (kind) {
            case ONBOARDING_COMPLETED -> new Expectation(asha, "Welcome to BetterTalk, asha_k", SITE + "/groups");
            case BOOKING_CONFIRMED -> new Expectation(asha, "Your session with ravi_k is confirmed",
                    SITE + "/bookings/" + booking.booking().id().value());
            case CHAT_OPENED -> new Expectation(ravi, "Your chat with asha_k is open", chatLink);
            case FIRST_MESSAGE -> new Expectation(ravi, "asha_k started your chat", chatLink);
            case MESSAGE_AFTER_QUIET -> new Expectation(asha, "New message from ravi_k", chatLink);
            case REVIEW_INVITATION -> new Expectation(asha, "How was your session with ravi_k?",
                    SITE + "/bookings/" + booking.booking().id().value() + "/review");
            case BOOKING_REFUNDED -> new Expectation(asha, "Your booking is cancelled and refunded",
                    SITE + "/bookings/" + booking.booking().id().value());
        };
    }

    private List<Received> received() {
        return Received.all(SMTP.getReceivedMessages());
    }

    private String emailOf(Actor person) {
        return world.users.byId(person.id()).orElseThrow().email().value();
    }

    private String phoneOf(Actor person) {
        return world.users.byId(person.id()).orElseThrow().profile().orElseThrow().phone().e164();
    }
}
