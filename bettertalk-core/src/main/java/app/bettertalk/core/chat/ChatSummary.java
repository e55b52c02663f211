package app.bettertalk.core.chat;

/** One of a person's chats in a list: with whom, and how long it stays open. */
public record ChatSummary(ChatThread thread, Counterpart counterpart, Countdown countdown) {
}
