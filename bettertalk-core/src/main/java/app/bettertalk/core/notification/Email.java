package app.bettertalk.core.notification;

import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One email owed to one person, with the facts its template needs and never a chat message's text. References to
 * bookings and chats are their UUIDs, from which the templates build links.
 */
public sealed interface Email {
    UserId recipient();

    EmailKind kind();

    /** Same event, same key: the outbox keeps the first and ignores the rest. */
    String deduplicationKey();

    /** Welcome after the onboarding form. */
    record OnboardingCompleted(UserId recipient, String username) implements Email {
        public OnboardingCompleted {
            Objects.requireNonNull(recipient);
            Objects.requireNonNull(username);
        }

        public EmailKind kind() {
            return EmailKind.ONBOARDING_COMPLETED;
        }

        public String deduplicationKey() {
            return "onboarding-completed:" + recipient;
        }
    }

    /** To the user who paid: the booking and what it bought. */
    record BookingConfirmed(UserId recipient, UUID booking, UUID chat, String mentorName, String planTitle,
                            Paise price, int chatWindowDays) implements Email {
        public BookingConfirmed {
            Objects.requireNonNull(recipient);
            Objects.requireNonNull(booking);
            Objects.requireNonNull(chat);
            Objects.requireNonNull(mentorName);
            Objects.requireNonNull(planTitle);
            Objects.requireNonNull(price);
        }

        public EmailKind kind() {
            return EmailKind.BOOKING_CONFIRMED;
        }

        public String deduplicationKey() {
            return "booking-confirmed:" + booking;
        }
    }

    /** To each participant when a booking opens the chat window or extends it. */
    record ChatOpened(UserId recipient, UUID booking, UUID chat, String counterpartName, Instant endsAt,
                      boolean extended) implements Email {
        public ChatOpened {
            Objects.requireNonNull(recipient);
            Objects.requireNonNull(booking);
            Objects.requireNonNull(chat);
            Objects.requireNonNull(counterpartName);
            Objects.requireNonNull(endsAt);
        }

        public EmailKind kind() {
            return EmailKind.CHAT_OPENED;
        }

        public String deduplicationKey() {
            return "chat-opened:" + booking + ":" + recipient;
        }
    }

    /** To the other participant when a chat gets its very first message. */
    record FirstMessage(UserId recipient, UUID chat, String senderName) implements Email {
        public FirstMessage {
            Objects.requireNonNull(recipient);
            Objects.requireNonNull(chat);
            Objects.requireNonNull(senderName);
        }

        public EmailKind kind() {
            return EmailKind.FIRST_MESSAGE;
        }

        public String deduplicationKey() {
            return "first-message:" + chat;
        }
    }

    /** To the other participant when a message ends a quiet period in the chat. */
    record MessageAfterQuiet(UserId recipient, UUID chat, UUID message, String senderName) implements Email {
        public MessageAfterQuiet {
            Objects.requireNonNull(recipient);
            Objects.requireNonNull(chat);
            Objects.requireNonNull(message);
            Objects.requireNonNull(senderName);
        }

        public EmailKind kind() {
            return EmailKind.MESSAGE_AFTER_QUIET;
        }

        public String deduplicationKey() {
            return "message-after-quiet:" + message;
        }
    }

    /** To the person who booked, once the chat their booking paid into has ended: how was it? */
    record ReviewInvitation(UserId recipient, UUID booking, String mentorName) implements Email {
        public ReviewInvitation {
            Objects.requireNonNull(recipient);
            Objects.requireNonNull(booking);
            Objects.requireNonNull(mentorName);
        }

        public EmailKind kind() {
            return EmailKind.REVIEW_INVITATION;
        }

        /** A chat window that ends is invited for once, by the last booking that paid into it. */
        public String deduplicationKey() {
            return "review-invitation:" + booking;
        }
    }

    /**
     * To each participant when a paid booking is called off and its price goes back to the member who paid:
     * {@code toMember} says which of the two this one is for, {@code cause} who called it off.
     */
    record BookingRefunded(UserId recipient, UUID booking, String counterpartName, String planTitle, Paise amount,
                           RefundCause cause, boolean toMember) implements Email {
        /** Who called the booking off. */
        public enum RefundCause { MEMBER_CANCELLED, MENTOR_REFUNDED, ADMIN_REFUNDED }

        public BookingRefunded {
            Objects.requireNonNull(recipient);
            Objects.requireNonNull(booking);
            Objects.requireNonNull(counterpartName);
            Objects.requireNonNull(planTitle);
            Objects.requireNonNull(amount);
            Objects.requireNonNull(cause);
        }

        public EmailKind kind() {
            return EmailKind.BOOKING_REFUNDED;
        }

        public String deduplicationKey() {
            return "booking-refunded:" + booking + ":" + recipient;
        }
    }
}
