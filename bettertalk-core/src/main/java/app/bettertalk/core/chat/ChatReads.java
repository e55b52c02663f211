package app.bettertalk.core.chat;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Map;

/**
 * How far each participant has read each of their chats: a mark at the last message they were shown. What the other
 * participant sent after it is unread; the reader's own messages never are.
 */
@Port
public interface ChatReads {
    /**
     * Moves {@code reader}'s mark in {@code chat} forward to {@code upTo}, one of that chat's messages, at {@code at}.
     * A mark already past it stays where it is, so two pages reading at once never move it back; a message of
     * another chat changes nothing.
     */
    void markRead(ChatId chat, UserId reader, MessageId upTo, Instant at);

    /**
     * Every chat {@code reader} takes part in, as user or as mentor, with when its last message was sent and how
     * many messages the other participant sent after the reader's mark (all of them if the reader never read it).
     * One question to the store for all the chats, however many there are.
     */
    Map<ChatId, ChatActivity> activityOf(UserId reader);
}
