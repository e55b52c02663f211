package app.bettertalk.web.chat;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.web.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real WebSocket client (the JDK's) on a chat, sending the browser's cookies and an Origin like a page would,
 * and queueing the JSON frames it receives for the test to take in order.
 */
public final class ChatSocketClient implements AutoCloseable {
    /** How long a test waits for a frame the server should send. */
    static final Duration WAIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private ChatSocketClient(String baseUrl, Browser browser, String origin, String path) throws Exception {
        var builder = HTTP.newWebSocketBuilder().connectTimeout(WAIT);
        var cookies = String.join("; ", browser.cookies().entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList());
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        socket = builder.buildAsync(URI.create(baseUrl.replace("http://", "ws://") + path), new Listener())
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Connects as {@code browser} from our own origin. */
    static ChatSocketClient open(OpenChat opened, Browser browser) {
        return open(opened.site().baseUrl, browser, opened.site().baseUrl, opened.chat());
    }

    static ChatSocketClient open(String baseUrl, Browser browser, String origin, ChatId chat) {
        return openAt(baseUrl, browser, origin, "/ws/chats/" + chat);
    }

    /** Connects as {@code browser} from {@code origin} to the socket at {@code path}. */
    public static ChatSocketClient openAt(String baseUrl, Browser browser, String origin, String path) {
        try {
            return new ChatSocketClient(baseUrl, browser, origin, path);
        } catch (Exception e) {
            throw new IllegalStateException("could not connect", e);
        }
    }

    /** The HTTP status the upgrade was refused with; fails if the socket opened. */
    static int refusal(String baseUrl, Browser browser, String origin, ChatId chat) {
        return refusal(baseUrl, browser, origin, "/ws/chats/" + chat);
    }

    public static int refusal(String baseUrl, Browser browser, String origin, String path) {
        try {
            new ChatSocketClient(baseUrl, browser, origin, path).close();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the socket opened");
    }

    /** Says the client has every message up to {@code after} (empty: none). */
    ChatSocketClient resume(String after) {
        return raw(frame("type", "resume", "after", after));
    }

    ChatSocketClient send(String clientMessageId, String text) {
        return raw(frame("type", "send", "clientMessageId", clientMessageId, "text", text));
    }

    public ChatSocketClient raw(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    /** The next frame, waiting for it. */
    public JsonNode next() {
        try {
            var frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("no frame came within " + WAIT);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** True if no frame comes within {@code wait}. */
    public boolean quietFor(Duration wait) {
        try {
            return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next {@code count} frames, each of which must be a message; their texts. */
    List<String> nextTexts(int count) {
        var texts = new ArrayList<String>();
        for (var i = 0; i < count; i++) {
            var frame = next();
            if (!"message".equals(frame.path("type").asText())) {
                throw new AssertionError("expected a message frame, got " + frame);
            }
            texts.add(frame.path("text").asText());
        }
        return texts;
    }

    /** The close code the server ended the socket with. */
    public int closeCode() throws InterruptedException, ExecutionException, TimeoutException {
        return closeCodeWithin(WAIT);
    }

    /** The close code the server ended the socket with, waiting up to {@code wait} for it. */
    public int closeCodeWithin(Duration wait) throws InterruptedException, ExecutionException, TimeoutException {
        return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS)
                    .exceptionally(e -> null).join();
        }
        socket.abort();
    }

    private static String frame(String... pairs) {
        var node = JsonNodeFactory.instance.objectNode();
        for (var i = 0; i + 1 < pairs.length; i += 2) {
            node.put(pairs[i], pairs[i + 1]);
        }
        return node.toString();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    frames.add(JsonNodeFactory.instance.textNode("unreadable: " + partial));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
