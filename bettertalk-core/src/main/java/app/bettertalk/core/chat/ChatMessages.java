package app.bettertalk.core.chat;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every chat message, in the order each chat stored them. A message a moderator hid is kept (a retry still finds it,
 * and it still counts as the chat's latest for emails) but is not read back for the chat or by id.
 */
@Port
public interface ChatMessages {
    /**
     * Stores {@code message} unless its sender already has one with the same client message id (the store
     * enforces this itself, with a unique key); true if it was stored.
     */
    boolean addOnce(Message message);

    Optional<Message> bySenderAndClientId(UserId sender, String clientMessageId);

    Optional<Message> byId(MessageId id);

    /** Hides the message from both participants from {@code at} on; hiding it again changes nothing. */
    void hide(MessageId id, Instant at);

    /** The chat's last stored message. */
    Optional<Message> latest(ChatId chat);

    /** The chat's last {@code limit} messages, oldest of them first. */
    List<Message> latest(ChatId chat, int limit);

    /** Up to {@code limit} messages stored in the chat after {@code after}, oldest first. */
    List<Message> after(ChatId chat, MessageId after, int limit);

    /** When {@code sender} first wrote in the chat at or after {@code from}, if they have. */
    Optional<Instant> firstSentBy(ChatId chat, UserId sender, Instant from);

    /** Removes every message {@code sender} sent, in every chat, for good; returns how many. */
    int removeAllFrom(UserId sender);
}
