package app.bettertalk.web;

import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.shared.FailureKind;
import app.bettertalk.core.shared.UserId;
import io.javalin.websocket.WsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Every WebSocket open on this server, by the sign-in session it was opened with. It holds a session to a few
 * sockets, and closes a session's sockets when the session ends: at once when it ends here (signing out, signing out
 * everywhere), and within {@link #RECHECK} when it ends anywhere else (expiry, another server, the CLI), since it
 * asks the core every so often whether each session is still live.
 */
public final class OpenSockets implements AutoCloseable {
    /** Close code for a socket whose sign-in session has ended; the pages sign in again on it. */
    public static final int SIGNED_OUT = 4401;
    /** How often every socket's session is checked again. */
    public static final Duration RECHECK = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(OpenSockets.class);

    private final ResumeSession resumeSession;
    private final int perSession;
    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("socket-sessions").factory());

    public OpenSockets(ResumeSession resumeSession, int perSession, Duration recheck) {
        this.resumeSession = resumeSession;
        this.perSession = perSession;
        checks.scheduleWithFixedDelay(this::closeEnded, recheck.toMillis(), recheck.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One open socket: the session token it came with, whose it is, and the socket. */
    private record Open(String token, UserId user, WsContext socket) {
    }

    /** Refuses (by throwing, 429) a new socket for a session that already holds as many as it may. */
    public void admit(String token) {
        var held = open.values().stream().filter(socket -> socket.token().equals(token)).count();
        if (held >= perSession) {
            throw new WebRefusal(429, "too_many_sockets", "This sign-in already has " + held
                    + " live connections open; close a tab and try again.");
        }
    }

    /** Keeps {@code socket}, opened with session {@code token} by {@code user}, until it closes. */
    public void opened(WsContext socket, String token, UserId user) {
        open.put(socket.sessionId(), new Open(Objects.requireNonNull(token), user, socket));
    }

    public void closed(String socketId) {
        open.remove(socketId);
    }

    /** The session behind {@code token} has ended here: its sockets close now. */
    public void sessionEnded(String token) {
        closeWhere(socket -> socket.token().equals(token));
    }

    /** Every session of {@code user} has ended (signed out everywhere, suspended): all their sockets close now. */
    public void userSignedOut(UserId user) {
        closeWhere(socket -> socket.user().equals(user));
    }

    int count() {
        return open.size();
    }

    private void closeEnded() {
        try {
            Set<String> tokens = open.values().stream().map(Open::token).collect(Collectors.toSet());
            for (var token : tokens) {
                if (resumeSession.resume(token).isEmpty()) {
                    sessionEnded(token);
                }
            }
        } catch (RuntimeException e) {
            // The next check asks again; a socket lives a few seconds longer meanwhile.
            LOG.warn("could not check the sessions of open sockets: {}", FailureKind.of(e));
        }
    }

    private void closeWhere(java.util.function.Predicate<Open> ended) {
        open.values().stream().filter(ended).toList().forEach(socket -> {
            open.remove(socket.socket().sessionId());
            try {
                socket.socket().closeSession(SIGNED_OUT, "signed out");
            } catch (RuntimeException e) {
                LOG.debug("a socket was already closing", e);
            }
        });
    }

    @Override
    public void close() {
        checks.shutdownNow();
        open.clear();
    }
}
