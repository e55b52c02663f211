package app.bettertalk.web.chat;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.limits.LimitedAction;
import app.bettertalk.core.limits.Throttle;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.FailureKind;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Json;
import app.bettertalk.web.OpenSockets;
import app.bettertalk.web.Requests;
import app.bettertalk.web.SocketUpgrade;
import app.bettertalk.web.WebRefusal;
import app.bettertalk.web.WebSettings;
import app.bettertalk.web.chat.ChatJson.ClientFrame;
import app.bettertalk.web.limits.RateLimitRoutes;
import app.bettertalk.web.safety.ContactNotice;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsMessageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The chat WebSocket {@code /ws/chats/{id}}, for the chat's two participants only: the upgrade needs the session
 * cookie, our own Origin, and a chat the core lets the person read. Client frames are {@code send} and
 * {@code resume}; the server sends {@code message}, {@code error} and {@code expired} frames (see {@link ChatJson}).
 * A message is stored by the core first, then reaches every open socket of the chat through live delivery.
 */
final class ChatSocket implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);
    private static final String ACTOR = "bettertalk.ws.actor";
    private static final String CHAT = "bettertalk.ws.chat";
    private static final String TOKEN = "bettertalk.ws.token";
    private static final String ADDRESS = "bettertalk.ws.address";
    /** Close code for a socket whose sign-in session has ended. */
    static final int SIGNED_OUT = OpenSockets.SIGNED_OUT;
    /** Close code (policy violation) for a client that keeps sending after being told to slow down. */
    static final int TOO_FAST = 1008;
    /** Refused sends in a row a client may make before its socket is closed. */
    static final int REFUSALS_BEFORE_CLOSE = 10;
    /** A timer never checks the window again sooner than this, so a clock stopped near the end cannot spin it. */
    private static final Duration LEAST_RECHECK = Duration.ofMillis(250);

    private final ResumeSession resumeSession;
    private final ReadChat readChat;
    private final SendMessage sendMessage;
    private final InProcessLiveDelivery live;
    private final WebSettings settings;
    private final Throttle throttle;
    private final OpenSockets sockets;
    private final Map<String, ChatConnection> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("chat-expiry").factory());

    ChatSocket(ResumeSession resumeSession, ReadChat readChat, SendMessage sendMessage,
                      InProcessLiveDelivery live, WebSettings settings, Throttle throttle, OpenSockets sockets) {
        this.resumeSession = resumeSession;
        this.readChat = readChat;
        this.sendMessage = sendMessage;
        this.live = live;
        this.settings = settings;
        this.throttle = throttle;
        this.sockets = sockets;
    }

    /** Refuses (by throwing) a signed-out person, another site's page, and anyone the core does not let read it. */
    public void beforeUpgrade(Context ctx) {
        var token = ctx.cookie(Requests.SESSION_COOKIE);
        var actor = SocketUpgrade.signedInFromThisSite(ctx, resumeSession, settings);
        var chat = Requests.id(ctx, "id", ChatId::parse);
        readChat.read(new ReadChat.Query(actor, chat, new ReadChat.Page.NoMessages()));
        sockets.admit(token);
        ctx.attribute(ACTOR, actor);
        ctx.attribute(CHAT, chat);
        ctx.attribute(TOKEN, token);
        ctx.attribute(ADDRESS, Requests.clientAddress(ctx, settings));
    }

    public void configure(WsConfig ws) {
        ws.onConnect(this::connect);
        ws.onMessage(this::receive);
        ws.onClose(ctx -> disconnect(ctx.sessionId()));
        ws.onError(ctx -> disconnect(ctx.sessionId()));
    }

    private void connect(WsConnectContext ctx) {
        Actor actor = ctx.attribute(ACTOR);
        ChatId chat = ctx.attribute(CHAT);
        String token = ctx.attribute(TOKEN);
        ctx.session.setIdleTimeout(Duration.ofMinutes(5));
        ctx.enableAutomaticPings(30, TimeUnit.SECONDS);
        var connection = new ChatConnection(ctx, actor, chat, token, ctx.attribute(ADDRESS), readChat);
        open.put(ctx.sessionId(), connection);
        sockets.opened(ctx, token, actor.id());
        // Subscribed before the client's resume reads the store: a message stored in between reaches it by one.
        connection.subscribed(live.listen(chat, message -> Thread.ofVirtual().start(connection::pull)));
        watchExpiry(connection);
    }

    private void receive(WsMessageContext ctx) {
        var connection = open.get(ctx.sessionId());
        if (connection == null) {
            return;
        }
        var resumed = resumeSession.resume(connection.sessionToken());
        if (resumed.isEmpty()) {
            connection.error("signed_out", "Sign in again to keep chatting.", null);
            open.remove(ctx.sessionId());
            connection.closeSocket(SIGNED_OUT, "signed out");
            return;
        }
        try {
            var frame = Json.read(ctx.message(), ClientFrame.class);
            switch (frame.type() == null ? "" : frame.type()) {
                case "send" -> send(connection, resumed.get(), frame);
                case "resume" -> connection.resume(after(frame.after()));
                default -> connection.error("malformed", "A frame's type is send or resume.", "type");
            }
        } catch (WebRefusal malformed) {
            connection.error(malformed.code(), malformed.getMessage(), null);
        } catch (DomainException refused) {
            connection.error(ErrorMapper.code(refused), refused.getMessage(),
                    refused instanceof DomainException.Validation v ? v.field() : null);
        }
    }

    private void send(ChatConnection connection, ResumeSession.Resumed sender, ClientFrame frame) {
        try {
            RateLimitRoutes.hold(throttle, LimitedAction.MESSAGE, Optional.of(sender.user()), connection.address());
        } catch (WebRefusal tooFast) {
            connection.error(tooFast.code(), tooFast.getMessage(), null);
            if (connection.refusedOnceMore() >= REFUSALS_BEFORE_CLOSE) {
                open.remove(connection.socketId());
                connection.closeSocket(TOO_FAST, "sending too fast");
            }
            return;
        }
        connection.granted();
        try {
            var command = new SendMessage.Command(sender.actor(), connection.chat(), frame.clientMessageId(),
                    frame.text(), frame.anyway());
            var sent = sendMessage.send(command);
            if (!sent.stored()) {
                // A retry: live delivery stays quiet, but this socket may not have the message yet.
                connection.pull();
            }
            if (sent.stored() && !sent.message().text().equals(command.text())) {
                connection.notice(ContactNotice.TEXT);
            }
            if (sent.concernRaised()) {
                // The other participant's open pages show what to do; the sender is not told.
                open.values().stream().filter(other -> other.chat().equals(connection.chat())
                        && !other.actor().is(sender.user().id())).forEach(ChatConnection::concern);
            }
        } catch (DomainException.HelpOffered held) {
            // Held behind the helplines, it was not a message: the rate limit gives its try back.
            throttle.giveBack(LimitedAction.MESSAGE, Optional.of(sender.user()), connection.address());
            connection.error(ErrorMapper.code(held), held.getMessage(), null);
        } catch (DomainException.ChatExpired expired) {
            connection.error(ErrorMapper.code(expired), expired.getMessage(), null);
            // Whatever the timers say, the core has just said the window is over: tell every socket of the chat.
            open.values().stream().filter(other -> other.chat().equals(connection.chat()))
                    .forEach(other -> other.expired(expired.endedAt()));
        }
    }

    private static MessageId after(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MessageId.parse(text.strip());
        } catch (DomainException.Validation malformed) {
            throw new DomainException.Validation("after", malformed.rule());
        }
    }

    /**
     * Reads the window by the core's clock and sets a timer for its end; at the end it reads again, since a
     * rebooking may have extended it, and tells the socket only once the core says it is over.
     */
    private void watchExpiry(ChatConnection connection) {
        if (connection.isClosed()) {
            return;
        }
        try {
            var view = readChat.read(new ReadChat.Query(connection.actor(), connection.chat(),
                    new ReadChat.Page.NoMessages()));
            if (!view.writable()) {
                connection.expired(view.thread().endsAt());
                return;
            }
            var left = Duration.between(view.readAt(), view.thread().endsAt());
            var delay = left.compareTo(LEAST_RECHECK) < 0 ? LEAST_RECHECK : left;
            connection.watchWith(timers.schedule(() -> Thread.ofVirtual().start(() -> watchExpiry(connection)),
                    delay.toMillis(), TimeUnit.MILLISECONDS));
        } catch (RuntimeException e) {
            LOG.warn("chat socket could not check the window of chat {}: {}", connection.chat(), FailureKind.of(e));
        }
    }

    private void disconnect(String sessionId) {
        sockets.closed(sessionId);
        var connection = open.remove(sessionId);
        if (connection != null) {
            connection.release();
        }
    }

    /** Stops the timers and lets go of every socket; the server closes the sockets themselves. */
    @Override
    public void close() {
        timers.shutdownNow();
        open.values().forEach(ChatConnection::release);
        open.clear();
    }
}
