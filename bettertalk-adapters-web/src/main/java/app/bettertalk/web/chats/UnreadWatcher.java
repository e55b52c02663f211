package app.bettertalk.web.chats;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.shared.FailureKind;
import app.bettertalk.web.Json;
import io.javalin.websocket.WsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One open unread socket: whose it is, which chats it listens to, and the total it last sent, so it speaks only when
 * the number changes. A burst of notices asks for one count ({@link #askToCount}).
 */
final class UnreadWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(UnreadWatcher.class);

    private final WsContext socket;
    private final Actor actor;
    private final String sessionToken;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean countAsked = new AtomicBoolean();
    private final Map<ChatId, AutoCloseable> listening = new HashMap<>();
    private int lastSent = -1;
    private boolean closed;

    UnreadWatcher(WsContext socket, Actor actor, String sessionToken) {
        this.socket = socket;
        this.actor = actor;
        this.sessionToken = sessionToken;
    }

    Actor actor() {
        return actor;
    }

    String sessionToken() {
        return sessionToken;
    }

    /** True for the first ask since the last count: the caller schedules the count, later asks ride along. */
    boolean askToCount() {
        return countAsked.compareAndSet(false, true);
    }

    /** The asked-for count is running now: an ask that arrives during it schedules another. */
    void counting() {
        countAsked.set(false);
    }

    /** Listens to the chats not listened to yet ({@code listen} starts one, its handle stops it). */
    void listenTo(Set<ChatId> chats, Function<ChatId, AutoCloseable> listen) {
        lock.lock();
        try {
            if (!closed) {
                chats.stream().filter(chat -> !listening.containsKey(chat))
                        .forEach(chat -> listening.put(chat, listen.apply(chat)));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sends {@code total} if it differs from the last one sent, or always when {@code anyway}. */
    void tell(int total, boolean anyway) {
        lock.lock();
        try {
            if (!closed && (anyway || total != lastSent) && socket.session.isOpen()) {
                socket.send(Json.write(ChatsJson.UnreadFrame.of(total)));
                lastSent = total;
            }
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    void closeSocket(int code, String reason) {
        socket.closeSession(code, reason);
        release();
    }

    /** Stops listening to every chat; safe to call more than once. */
    void release() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            listening.values().forEach(handle -> {
                try {
                    handle.close();
                } catch (Exception e) {
                    LOG.warn("unread socket could not stop listening to a chat: {}", FailureKind.of(e));
                }
            });
            listening.clear();
        } finally {
            lock.unlock();
        }
    }
}
