package app.bettertalk.mysql.notification;

import app.bettertalk.core.notification.Email;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

/** Writes an {@link Email}'s facts into the outbox's payload column as properties text, and reads them back. */
public final class EmailCodec {
    private EmailCodec() {
    }

    public static String encode(Email email) {
        var facts = new Properties();
        switch (email) {
            case Email.OnboardingCompleted e -> facts.setProperty("username", e.username());
            case Email.BookingConfirmed e -> {
                facts.setProperty("booking", e.booking().toString());
                facts.setProperty("chat", e.chat().toString());
                facts.setProperty("mentorName", e.mentorName());
                facts.setProperty("planTitle", e.planTitle());
                facts.setProperty("pricePaise", Long.toString(e.price().value()));
                facts.setProperty("chatWindowDays", Integer.toString(e.chatWindowDays()));
            }
            case Email.ChatOpened e -> {
                facts.setProperty("booking", e.booking().toString());
                facts.setProperty("chat", e.chat().toString());
                facts.setProperty("counterpartName", e.counterpartName());
                facts.setProperty("endsAt", e.endsAt().toString());
                facts.setProperty("extended", Boolean.toString(e.extended()));
            }
            case Email.FirstMessage e -> {
                facts.setProperty("chat", e.chat().toString());
                facts.setProperty("senderName", e.senderName());
            }
            case Email.MessageAfterQuiet e -> {
                facts.setProperty("chat", e.chat().toString());
                facts.setProperty("message", e.message().toString());
                facts.setProperty("senderName", e.senderName());
            }
            case Email.ReviewInvitation e -> {
                facts.setProperty("booking", e.booking().toString());
                facts.setProperty("mentorName", e.mentorName());
            }
            case Email.BookingRefunded e -> {
                facts.setProperty("booking", e.booking().toString());
                facts.setProperty("counterpartName", e.counterpartName());
                facts.setProperty("planTitle", e.planTitle());
                facts.setProperty("amountPaise", Long.toString(e.amount().value()));
                facts.setProperty("cause", e.cause().name());
                facts.setProperty("toMember", Boolean.toString(e.toMember()));
            }
        }
        var text = new StringWriter();
        try {
            facts.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties.store starts with a date comment; drop it so equal emails make equal payloads.
        return text.toString().lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }

    public static Email decode(EmailKind kind, UserId recipient, String payload) {
        var facts = new Properties();
        try {
            facts.load(new StringReader(payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return switch (kind) {
            case ONBOARDING_COMPLETED -> new Email.OnboardingCompleted(recipient, facts.getProperty("username"));
            case BOOKING_CONFIRMED -> new Email.BookingConfirmed(recipient, uuid(facts, "booking"), uuid(facts, "chat"),
                    facts.getProperty("mentorName"), facts.getProperty("planTitle"),
                    new Paise(Long.parseLong(facts.getProperty("pricePaise"))),
                    Integer.parseInt(facts.getProperty("chatWindowDays")));
            case CHAT_OPENED -> new Email.ChatOpened(recipient, uuid(facts, "booking"), uuid(facts, "chat"),
                    facts.getProperty("counterpartName"), Instant.parse(facts.getProperty("endsAt")),
                    Boolean.parseBoolean(facts.getProperty("extended")));
            case FIRST_MESSAGE -> new Email.FirstMessage(recipient, uuid(facts, "chat"),
                    facts.getProperty("senderName"));
            case MESSAGE_AFTER_QUIET -> new Email.MessageAfterQuiet(recipient, uuid(facts, "chat"),
                    uuid(facts, "message"), facts.getProperty("senderName"));
            case REVIEW_INVITATION -> new Email.ReviewInvitation(recipient, uuid(facts, "booking"),
                    facts.getProperty("mentorName"));
            case BOOKING_REFUNDED -> new Email.BookingRefunded(recipient, uuid(facts, "booking"),
                    facts.getProperty("counterpartName"), facts.getProperty("planTitle"),
                    new Paise(Long.parseLong(facts.getProperty("amountPaise"))),
                    Email.BookingRefunded.RefundCause.valueOf(facts.getProperty("cause")),
                    Boolean.parseBoolean(facts.getProperty("toMember")));
        };
    }

    private static UUID uuid(Properties facts, String key) {
        return UUID.fromString(facts.getProperty(key));
    }
}
