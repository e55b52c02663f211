package app.bettertalk.core.booking;

import app.bettertalk.core.chat.ChatThread;

/** A confirmed booking and the chat thread it opened or extended. */
public record Confirmation(Booking booking, ChatThread chat) {
}
