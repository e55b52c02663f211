package app.bettertalk.core.booking;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.Counterpart;
import app.bettertalk.core.chat.SessionState;

import java.util.Objects;
import java.util.Optional;

/**
 * One booking in a person's list: the other person by public name (a tick for a verified mentor) and, once the
 * booking is paid (confirmed or expired), the chat it opened; {@code state}: where it stands by the clock;
 * {@code reviewable}: the list offers the viewer the booking's review, as they booked it, paid, and its chat has
 * ended by the clock.
 */
public record BookingSummary(Booking booking, Counterpart counterpart, Optional<ChatId> chat, SessionState state,
                             boolean reviewable) {
    public BookingSummary {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(counterpart, "counterpart");
        Objects.requireNonNull(chat, "chat");
    }
}
