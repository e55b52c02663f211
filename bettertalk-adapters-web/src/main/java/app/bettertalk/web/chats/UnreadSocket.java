package app.bettertalk.web.chats;

import app.bettertalk.core.chat.CountUnread;
import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.shared.FailureKind;
import app.bettertalk.web.Json;
import app.bettertalk.web.OpenSockets;
import app.bettertalk.web.Requests;
import app.bettertalk.web.SocketUpgrade;
import app.bettertalk.web.WebRefusal;
import app.bettertalk.web.WebSettings;
import app.bettertalk.web.chat.InProcessLiveDelivery;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsMessageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code /ws/unread}: the signed-in person's unread total, sent on connecting and again whenever it changes. It
 * listens to the live delivery of each of their chats and, a moment after a message was stored, counts again from
 * the store, so an open chat page has marked the message read first and the badge does not flicker. A page sends
 * {@code refresh} when it comes back into view (a chat read in another tab, a chat opened since). Upgrades need the
 * session cookie and our own Origin, as the chat socket's do.
 */
final class UnreadSocket implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UnreadSocket.class);
    private static final String ACTOR = "bettertalk.ws.unread.actor";
    private static final String TOKEN = "bettertalk.ws.unread.token";
    /** Close code for a socket whose sign-in session has ended, as the chat socket uses. */
    static final int SIGNED_OUT = OpenSockets.SIGNED_OUT;
    /** How long after a stored message the count is taken again. */
    static final Duration SETTLE = Duration.ofMillis(750);

    private final CountUnread countUnread;
    private final ResumeSession resumeSession;
    private final InProcessLiveDelivery live;
    private final WebSettings settings;
    private final OpenSockets sockets;
    private final Map<String, UnreadWatcher> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("unread-count").factory());

    UnreadSocket(CountUnread countUnread, ResumeSession resumeSession, InProcessLiveDelivery live,
                 WebSettings settings, OpenSockets sockets) {
        this.countUnread = countUnread;
        this.resumeSession = resumeSession;
        this.live = live;
        this.settings = settings;
        this.sockets = sockets;
    }

    /** Refuses (by throwing) a signed-out person, another site's page, and anyone the core will not count for. */
    public void beforeUpgrade(Context ctx) {
        var token = ctx.cookie(Requests.SESSION_COOKIE);
        var actor = SocketUpgrade.signedInFromThisSite(ctx, resumeSession, settings);
        countUnread.count(new CountUnread.Query(actor));
        sockets.admit(token);
        ctx.attribute(ACTOR, actor);
        ctx.attribute(TOKEN, token);
    }

    public void configure(WsConfig ws) {
        ws.onConnect(this::connect);
        ws.onMessage(this::receive);
        ws.onClose(ctx -> disconnect(ctx.sessionId()));
        ws.onError(ctx -> disconnect(ctx.sessionId()));
    }

    private void connect(WsConnectContext ctx) {
        ctx.session.setIdleTimeout(Duration.ofMinutes(5));
        ctx.enableAutomaticPings(30, TimeUnit.SECONDS);
        var watcher = new UnreadWatcher(ctx, ctx.attribute(ACTOR), ctx.attribute(TOKEN));
        open.put(ctx.sessionId(), watcher);
        sockets.opened(ctx, ctx.attribute(TOKEN), watcher.actor().id());
        Thread.ofVirtual().start(() -> count(watcher, true));
    }

    private void receive(WsMessageContext ctx) {
        var watcher = open.get(ctx.sessionId());
        if (watcher == null) {
            return;
        }
        try {
            if ("refresh".equals(Json.read(ctx.message(), ChatsJson.ClientFrame.class).type())) {
                Thread.ofVirtual().start(() -> count(watcher, true));
            }
        } catch (WebRefusal malformed) {
            // Nothing to answer: the page only ever sends refresh, and a stranger's frame earns no reply.
        }
    }

    /** Counts from the store and tells the page; the session is checked first, as it may have ended. */
    private void count(UnreadWatcher watcher, boolean anyway) {
        watcher.counting();
        if (watcher.isClosed()) {
            return;
        }
        try {
            var resumed = resumeSession.resume(watcher.sessionToken());
            if (resumed.isEmpty()) {
                open.values().remove(watcher);
                watcher.closeSocket(SIGNED_OUT, "signed out");
                return;
            }
            var unread = countUnread.count(new CountUnread.Query(resumed.get().actor()));
            watcher.listenTo(unread.byChat().keySet(),
                    chat -> live.listen(chat, message -> settleThenCount(watcher)));
            watcher.tell(unread.total(), anyway);
        } catch (RuntimeException e) {
            // The next notice or refresh counts again; the badge keeps its number meanwhile.
            LOG.warn("unread socket could not count: {}", FailureKind.of(e));
        }
    }

    private void settleThenCount(UnreadWatcher watcher) {
        if (watcher.askToCount()) {
            timers.schedule(() -> Thread.ofVirtual().start(() -> count(watcher, false)), SETTLE.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void disconnect(String sessionId) {
        sockets.closed(sessionId);
        var watcher = open.remove(sessionId);
        if (watcher != null) {
            watcher.release();
        }
    }

    /** Stops the timers and lets go of every socket; the server closes the sockets themselves. */
    @Override
    public void close() {
        timers.shutdownNow();
        open.values().forEach(UnreadWatcher::release);
        open.clear();
    }
}
