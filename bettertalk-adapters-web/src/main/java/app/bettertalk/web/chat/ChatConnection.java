package app.bettertalk.web.chat;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.shared.FailureKind;
import app.bettertalk.web.Json;
import app.bettertalk.web.chat.ChatJson.ErrorFrame;
import app.bettertalk.web.chat.ChatJson.ExpiredFrame;
import app.bettertalk.web.chat.ChatJson.MessageFrame;
import app.bettertalk.web.chat.ChatJson.MessageView;
import io.javalin.websocket.WsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One open chat socket. It sends messages in the order the chat stored them, each once: it keeps a cursor (the last
 * message it sent) and, whenever live delivery says something was stored, reads what the store holds after the
 * cursor. A notice that arrives before, during or after a catch-up read therefore neither repeats nor skips a
 * message, and two sends that commit in one order are never shown in the other. Nothing is sent before the client
 * says where it stands with {@code resume}; the subscription exists from the connection on, so nothing stored in
 * between is missed.
 */
final class ChatConnection {
    private static final Logger LOG = LoggerFactory.getLogger(ChatConnection.class);
    /** The largest page the core reads; a longer catch-up takes several. */
    static final int PAGE = 500;

    private final WsContext socket;
    private final Actor actor;
    private final ChatId chat;
    private final String sessionToken;
    private final String address;
    private final ReadChat readChat;
    private final ReentrantLock lock = new ReentrantLock();
    private MessageId cursor;
    private boolean resumed;
    private boolean toldExpired;
    private boolean closed;
    private int refusedInARow;
    private AutoCloseable subscription = () -> { };
    private Future<?> expiryTimer;

    ChatConnection(WsContext socket, Actor actor, ChatId chat, String sessionToken, String address,
                   ReadChat readChat) {
        this.socket = socket;
        this.actor = actor;
        this.chat = chat;
        this.sessionToken = sessionToken;
        this.address = address;
        this.readChat = readChat;
    }

    Actor actor() {
        return actor;
    }

    ChatId chat() {
        return chat;
    }

    String sessionToken() {
        return sessionToken;
    }

    /** The client's network address as the upgrade request came from it, for rate limits. */
    String address() {
        return address;
    }

    String socketId() {
        return socket.sessionId();
    }

    /** A send was refused for going too fast; how many have been, in a row. */
    int refusedOnceMore() {
        lock.lock();
        try {
            return ++refusedInARow;
        } finally {
            lock.unlock();
        }
    }

    /** A send was let through: the count of refusals in a row starts again. */
    void granted() {
        lock.lock();
        try {
            refusedInARow = 0;
        } finally {
            lock.unlock();
        }
    }

    void subscribed(AutoCloseable handle) {
        subscription = handle;
    }

    /** The client has every message up to {@code after} (none: null); send it the rest, then live ones. */
    void resume(MessageId after) {
        lock.lock();
        try {
            cursor = after;
            resumed = true;
            catchUp();
        } finally {
            lock.unlock();
        }
    }

    /** Something was stored in the chat: send whatever is new since the cursor. */
    void pull() {
        lock.lock();
        try {
            if (resumed && !closed) {
                catchUp();
            }
        } catch (RuntimeException e) {
            // The next notice or resume reads from the same cursor, so nothing is lost by giving up here.
            LOG.warn("chat socket could not read chat {}: {}", chat, FailureKind.of(e));
        } finally {
            lock.unlock();
        }
    }

    private void catchUp() {
        List<Message> batch;
        do {
            var page = cursor == null ? new ReadChat.Page.Latest(PAGE) : new ReadChat.Page.After(cursor, PAGE);
            batch = readChat.read(new ReadChat.Query(actor, chat, page)).messages();
            for (var message : batch) {
                write(MessageFrame.of(MessageView.of(message, actor)));
                cursor = message.id();
            }
        } while (batch.size() == PAGE);
    }

    /** Tells the client, once, that the window ended at {@code endsAt}; it stops watching the clock. */
    void expired(Instant endsAt) {
        lock.lock();
        try {
            cancelTimer();
            if (!toldExpired && !closed) {
                toldExpired = true;
                write(ExpiredFrame.at(endsAt));
            }
        } finally {
            lock.unlock();
        }
    }

    void error(String code, String message, String field) {
        lock.lock();
        try {
            if (!closed) {
                write(ErrorFrame.of(code, message, field));
            }
        } finally {
            lock.unlock();
        }
    }

    /** A word for this socket's person alone. */
    void notice(String message) {
        lock.lock();
        try {
            if (!closed) {
                write(ChatJson.NoticeFrame.of(message));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Tells this socket's page that the other participant may be at risk, so it shows what to do. */
    void concern() {
        lock.lock();
        try {
            if (!closed) {
                write(ChatJson.ConcernFrame.RAISED);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Keeps the timer that checks the window next, replacing one that ran; false once the socket has closed. */
    boolean watchWith(Future<?> timer) {
        lock.lock();
        try {
            if (closed) {
                timer.cancel(false);
                return false;
            }
            cancelTimer();
            expiryTimer = timer;
            return true;
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

    /** Closes the socket with a code the client can tell apart, then lets go of it. */
    void closeSocket(int code, String reason) {
        socket.closeSession(code, reason);
        release();
    }

    /** Stops live delivery and the expiry timer; safe to call more than once. */
    void release() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            cancelTimer();
            subscription.close();
        } catch (Exception e) {
            LOG.warn("chat socket could not stop listening to chat {}: {}", chat, FailureKind.of(e));
        } finally {
            lock.unlock();
        }
    }

    private void cancelTimer() {
        if (expiryTimer != null) {
            expiryTimer.cancel(false);
            expiryTimer = null;
        }
    }

    private void write(Object frame) {
        if (socket.session.isOpen()) {
            socket.send(Json.write(frame));
        }
    }
}
