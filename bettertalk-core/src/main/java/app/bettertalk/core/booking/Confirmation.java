package app.bettertalk.core.booking;

import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.SessionState;

/**
 * A confirmed booking, the chat thread it opened or extended, and where the booking stands now (a repeated
 * confirmation after the window ended finds it ended).
 */
public record Confirmation(Booking booking, ChatThread chat, SessionState state) {
}
