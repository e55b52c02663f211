package app.bettertalk.mysql.chat;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatMessages;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import app.bettertalk.mysql.atrest.SealedText;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link ChatMessages} in {@code chat_messages}. The auto-increment {@code seq} is the order a chat stored its
 * messages in; the unique (sender, client message id) key stores a retried send once. The text is sealed under
 * the chat's data key.
 */
public final class JdbiChatMessages implements ChatMessages {
    private final Jdbi jdbi;
    private final SealedText sealed;

    public JdbiChatMessages(Jdbi jdbi, SealedText sealed) {
        this.jdbi = jdbi;
        this.sealed = sealed;
    }

    @Override
    public boolean addOnce(Message message) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO chat_messages (id, chat_id, sender_id, client_message_id, message_text, sent_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .bind(0, Columns.id(message.id().value())).bind(1, Columns.id(message.chat().value()))
                    .bind(2, Columns.id(message.sender().value())).bind(3, message.clientMessageId())
                    .bind(4, sealed.seal(SealedText.chat(message.chat().value()), row(message.id().value()), message.text())).bind(5, Columns.at(message.sentAt())).execute());
            return true;
        } catch (RuntimeException e) {
            if (StoreErrors.isDuplicateOf(e, "uq_chat_messages_client_id")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Message> bySenderAndClientId(UserId sender, String clientMessageId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM chat_messages WHERE sender_id = ? AND client_message_id = ?")
                .bind(0, Columns.id(sender.value())).bind(1, clientMessageId)
                .map(this::message).findOne());
    }

    @Override
    public Optional<Instant> firstSentBy(ChatId chat, UserId sender, Instant from) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT MIN(sent_at) AS first_sent FROM chat_messages
                        WHERE chat_id = ? AND sender_id = ? AND sent_at >= ?""")
                .bind(0, Columns.id(chat.value())).bind(1, Columns.id(sender.value())).bind(2, Columns.at(from))
                .map((rs, ctx) -> rs.getObject("first_sent") == null ? Optional.<Instant>empty()
                        : Optional.of(Columns.instant(rs, "first_sent")))
                .one());
    }

    @Override
    public Optional<Message> byId(MessageId id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM chat_messages WHERE id = ? AND hidden_at IS NULL")
                .bind(0, Columns.id(id.value())).map(this::message).findOne());
    }

    @Override
    public void hide(MessageId id, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE chat_messages SET hidden_at = ? WHERE id = ? AND hidden_at IS NULL")
                .bind(0, Columns.at(at)).bind(1, Columns.id(id.value())).execute());
    }

    @Override
    public Optional<Message> latest(ChatId chat) {
        // Hidden messages too: the latest stored decides the chat's "first message" and "quiet period" emails.
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM chat_messages WHERE chat_id = ? ORDER BY seq DESC LIMIT 1")
                .bind(0, Columns.id(chat.value())).map(this::message).findOne());
    }

    @Override
    public List<Message> latest(ChatId chat, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM (SELECT * FROM chat_messages WHERE chat_id = ? AND hidden_at IS NULL ORDER BY seq DESC
                            LIMIT ?) newest
                        ORDER BY seq""")
                .bind(0, Columns.id(chat.value())).bind(1, limit).map(this::message).list());
    }

    @Override
    public List<Message> after(ChatId chat, MessageId after, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM chat_messages
                        WHERE chat_id = ? AND seq > COALESCE((SELECT seq FROM chat_messages WHERE id = ? AND chat_id = ?), 0)
                            AND hidden_at IS NULL
                        ORDER BY seq LIMIT ?""")
                .bind(0, Columns.id(chat.value())).bind(1, Columns.id(after.value()))
                .bind(2, Columns.id(chat.value())).bind(3, limit)
                .map(this::message).list());
    }

    private Message message(ResultSet rs, StatementContext ctx) throws SQLException {
        var id = Columns.uuid(rs, "id");
        var chat = Columns.uuid(rs, "chat_id");
        return new Message(new MessageId(id), new ChatId(chat), new UserId(Columns.uuid(rs, "sender_id")),
                rs.getString("client_message_id"),
                sealed.open(SealedText.chat(chat), row(id), rs.getString("message_text")),
                Columns.instant(rs, "sent_at"));
    }

    private static String row(java.util.UUID message) {
        return SealedText.row("chat_messages.message_text", message);
    }

    @Override
    public int removeAllFrom(UserId sender) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM chat_messages WHERE sender_id = ?")
                .bind(0, Columns.id(sender.value())).execute());
    }
}
