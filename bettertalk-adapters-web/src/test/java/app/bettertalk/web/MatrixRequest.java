package app.bettertalk.web;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A concrete request of the route matrix, sent as a {@link Browser} would: a page GET, a form POST with the CSRF
 * token, a JSON call with the token in its header, or a WebSocket upgrade with the cookies and our Origin.
 */
record MatrixRequest(String method, String path, List<String> form, String json, byte[] photo) {
    private static final HttpClient SOCKETS = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    static MatrixRequest get(String path) {
        return new MatrixRequest("GET", path, null, null, null);
    }

    /** A form POST; {@code fields} are name, value pairs (the CSRF token is added). */
    static MatrixRequest form(String path, String... fields) {
        return new MatrixRequest("POST", path, List.of(fields), null, null);
    }

    /** A JSON call; {@code body} may be null. */
    static MatrixRequest json(String method, String path, String body) {
        return new MatrixRequest(method, path, null, body, null);
    }

    static MatrixRequest upgrade(String path) {
        return new MatrixRequest("WS", path, null, null, null);
    }

    /** A multipart form POST of {@code photo} as the file field {@code photo} (the CSRF token is added). */
    static MatrixRequest upload(String path, byte[] photo) {
        return new MatrixRequest("POST", path, null, null, photo);
    }

    /** What came back; {@code 101} for a WebSocket that opened. */
    record Answer(int status, String location, String contentType, String body) {
        /** {@code error.code} of a JSON error body, or null. */
        String errorCode() {
            if (!contentType.startsWith("application/json")) {
                return null;
            }
            try {
                var code = JSON.readTree(body).at("/error/code");
                return code.isMissingNode() ? null : code.asText();
            } catch (Exception e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return status + (location.isEmpty() ? "" : " → " + location) + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    Answer sendAs(Browser browser, String baseUrl) {
        if (method.equals("WS")) {
            return new Answer(upgradeAs(browser, baseUrl), "", "", "");
        }
        Browser.Page page;
        if (photo != null) {
            page = browser.postFile(path, "photo", "photo.jpg", "image/jpeg", photo);
        } else if (form != null) {
            page = browser.postForm(path, form.toArray(String[]::new));
        } else if (method.equals("GET")) {
            page = browser.get(path);
        } else {
            page = browser.json(method, path, json);
        }
        return new Answer(page.status(), page.location(), page.header("Content-Type"),
                page.body() == null ? "" : page.body());
    }

    private int upgradeAs(Browser browser, String baseUrl) {
        var builder = SOCKETS.newWebSocketBuilder().connectTimeout(WAIT).header("Origin", baseUrl);
        var cookies = String.join("; ", browser.cookies().entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList());
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies);
        }
        try {
            var socket = builder.buildAsync(URI.create(baseUrl.replace("http://", "ws://") + path),
                    new WebSocket.Listener() { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            socket.abort();
            return 101;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
