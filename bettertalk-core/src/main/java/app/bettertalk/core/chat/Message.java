package app.bettertalk.core.chat;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One chat message. {@code clientMessageId} is chosen by the sender's client, so a retried send of the same message
 * is recognised and stored once.
 */
public record Message(MessageId id, ChatId chat, UserId sender, String clientMessageId, String text, Instant sentAt) {
    public static final int MAX_LENGTH = 4_000;
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(sender, "sender");
        clientMessageId = checkedClientId(clientMessageId);
        text = Text.required("text", text, MAX_LENGTH);
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** 1 to 64 letters, digits, dashes or underscores, as a UUID or a counter would be. */
    public static String checkedClientId(String clientMessageId) {
        if (clientMessageId == null || !CLIENT_ID.matcher(clientMessageId).matches()) {
            throw new DomainException.Validation("clientMessageId", "must be 1 to 64 letters, digits, - or _");
        }
        return clientMessageId;
    }
}
