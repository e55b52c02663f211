package app.bettertalk.mysql.chat;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.chat.ChatWindow;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link ChatThreads} in {@code chats}; the unique (user, mentor) key keeps one thread per pair. */
public final class JdbiChatThreads implements ChatThreads {
    private final Jdbi jdbi;

    public JdbiChatThreads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<ChatThread> byId(ChatId id) {
        return one("SELECT * FROM chats WHERE id = ?", id);
    }

    @Override
    public Optional<ChatThread> lockById(ChatId id) {
        return one("SELECT * FROM chats WHERE id = ? FOR UPDATE", id);
    }

    @Override
    public Optional<ChatThread> ofPair(UserId user, UserId mentor) {
        return pair("SELECT * FROM chats WHERE user_id = ? AND mentor_id = ?", user, mentor);
    }

    @Override
    public ChatThread lockOrOpen(ChatThread unopened) {
        var lockPair = "SELECT * FROM chats WHERE user_id = ? AND mentor_id = ? FOR UPDATE";
        var existing = pair(lockPair, unopened.user(), unopened.mentor());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO chats (user_id, mentor_id, chat_start_at, chat_end_at, is_active, created_at,
                                               id)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .bind(0, Columns.id(unopened.user().value())).bind(1, Columns.id(unopened.mentor().value()))
                    .bind(2, Columns.at(unopened.window().startsAt())).bind(3, Columns.at(unopened.endsAt()))
                    .bind(4, unopened.active()).bind(5, Columns.at(unopened.createdAt()))
                    .bind(6, Columns.id(unopened.id().value())).execute());
            return unopened;
        } catch (RuntimeException e) {
            // Another transaction created the pair's thread first; it has committed by now, so lock that one.
            if (StoreErrors.isDuplicateOf(e, "uq_chats_pair")) {
                return pair(lockPair, unopened.user(), unopened.mentor()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    @Override
    public List<ChatThread> ofParticipant(UserId person) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM chats WHERE user_id = ? OR mentor_id = ? ORDER BY chat_end_at DESC, id")
                .bind(0, Columns.id(person.value())).bind(1, Columns.id(person.value()))
                .map(JdbiChatThreads::thread).list());
    }

    @Override
    public void update(ChatThread thread) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE chats SET chat_start_at = ?, chat_end_at = ?, is_active = ?
                        WHERE id = ?""")
                .bind(0, Columns.at(thread.window().startsAt())).bind(1, Columns.at(thread.endsAt()))
                .bind(2, thread.active()).bind(3, Columns.id(thread.id().value())).execute());
    }

    @Override
    public List<ChatThread> claimEnded(Instant now, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM chats WHERE is_active = TRUE AND chat_end_at <= ?
                        ORDER BY chat_end_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .bind(0, Columns.at(now)).bind(1, limit).map(JdbiChatThreads::thread).list());
    }

    @Override
    public void deactivate(Collection<ChatId> threads) {
        if (threads.isEmpty()) {
            return;
        }
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE chats SET is_active = FALSE WHERE id IN (<ids>)")
                .bindList("ids", threads.stream().map(id -> Columns.id(id.value())).toList()).execute());
    }

    private Optional<ChatThread> one(String sql, ChatId id) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind(0, Columns.id(id.value()))
                .map(JdbiChatThreads::thread).findOne());
    }

    private Optional<ChatThread> pair(String sql, UserId user, UserId mentor) {
        return jdbi.withHandle(handle -> handle.createQuery(sql)
                .bind(0, Columns.id(user.value())).bind(1, Columns.id(mentor.value()))
                .map(JdbiChatThreads::thread).findOne());
    }

    private static ChatThread thread(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ChatThread(new ChatId(Columns.uuid(rs, "id")), new UserId(Columns.uuid(rs, "user_id")),
                new UserId(Columns.uuid(rs, "mentor_id")),
                new ChatWindow(Columns.instant(rs, "chat_start_at"), Columns.instant(rs, "chat_end_at")),
                rs.getBoolean("is_active"), Columns.instant(rs, "created_at"));
    }
}
