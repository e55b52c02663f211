package app.bettertalk.mysql.chat;

import app.bettertalk.core.chat.ChatActivity;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatReads;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link ChatReads} in {@code chat_reads}: a mark is the {@code seq} of the last message read, so counting what is
 * unread is a range of the {@code (chat_id, seq)} index after it.
 */
public final class JdbiChatReads implements ChatReads {
    private final Jdbi jdbi;

    public JdbiChatReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void markRead(ChatId chat, UserId reader, MessageId upTo, Instant at) {
        jdbi.useHandle(handle -> {
            var seq = handle.createQuery("SELECT seq FROM chat_messages WHERE id = ? AND chat_id = ?")
                    .bind(0, Columns.id(upTo.value())).bind(1, Columns.id(chat.value()))
                    .mapTo(Long.class).findOne();
            if (seq.isEmpty() || moveForward(handle, chat, reader, seq.get(), at)) {
                return;
            }
            try {
                handle.createUpdate("""
                                INSERT INTO chat_reads (chat_id, user_id, last_read_seq, read_at)
                                VALUES (?, ?, ?, ?)""")
                        .bind(0, Columns.id(chat.value())).bind(1, Columns.id(reader.value())).bind(2, seq.get())
                        .bind(3, Columns.at(at)).execute();
            } catch (RuntimeException e) {
                // The mark exists: it was ahead already, or another page stored one meanwhile, maybe behind this.
                if (StoreErrors.duplicateKey(e).isEmpty()) {
                    throw e;
                }
                moveForward(handle, chat, reader, seq.get(), at);
            }
        });
    }

    /** True if the reader had a mark behind {@code seq} and it now stands at {@code seq}. */
    private static boolean moveForward(Handle handle, ChatId chat, UserId reader, long seq, Instant at) {
        return handle.createUpdate("""
                        UPDATE chat_reads SET last_read_seq = ?, read_at = ?
                        WHERE chat_id = ? AND user_id = ? AND last_read_seq < ?""")
                .bind(0, seq).bind(1, Columns.at(at)).bind(2, Columns.id(chat.value()))
                .bind(3, Columns.id(reader.value())).bind(4, seq).execute() == 1;
    }

    @Override
    public Map<ChatId, ChatActivity> activityOf(UserId reader) {
        var me = Columns.id(reader.value());
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT c.id,
                               (SELECT m.sent_at FROM chat_messages m WHERE m.chat_id = c.id
                                ORDER BY m.seq DESC LIMIT 1) AS last_message_at,
                               (SELECT COUNT(*) FROM chat_messages m
                                WHERE m.chat_id = c.id AND m.seq > COALESCE(r.last_read_seq, 0)
                                  AND m.sender_id <> ?) AS unread
                        FROM chats c
                        LEFT JOIN chat_reads r ON r.chat_id = c.id AND r.user_id = ?
                        WHERE c.user_id = ? OR c.mentor_id = ?""")
                .bind(0, me).bind(1, me).bind(2, me).bind(3, me)
                .map((rs, ctx) -> {
                    var last = rs.getObject("last_message_at", LocalDateTime.class);
                    return Map.entry(new ChatId(Columns.uuid(rs, "id")), new ChatActivity(
                            Optional.ofNullable(last).map(at -> at.toInstant(ZoneOffset.UTC)), rs.getInt("unread")));
                })
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
