package app.bettertalk.web;

import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.SessionToken;
import app.bettertalk.core.shared.UserId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One person's browser against a {@link TestSite}: keeps its cookies by hand (the JDK cookie store would drop Secure
 * ones over http), reads the CSRF token from the last page it saw (a form's {@code _csrf} field, or the
 * {@code csrfToken} of {@code GET /api/v1/me}) and sends it with forms and API calls, and never
 * follows redirects, so tests see them.
 */
public final class Browser {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final Pattern CSRF_JSON = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf = "";
    private String origin;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.origin = baseUrl;
    }

    /** What came back from one request. */
    public record Page(int status, String body, HttpResponse<String> response) {
        public String location() {
            return response.headers().firstValue("Location").orElse("");
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        /** The body as JSON, e.g. {@code page.json().at("/error/code").asText()}. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    public Page get(String path) {
        return send(request(path).GET());
    }

    /** Posts a form with the CSRF token of the last page; {@code fields} are name, value pairs. */
    public Page postForm(String path, String... fields) {
        var body = new StringBuilder("_csrf=").append(encode(csrf));
        for (var i = 0; i + 1 < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * Posts a multipart form, as a file input does: the CSRF token of the last page, then {@code file} under
     * {@code fileField} named {@code fileName} with {@code fileType}.
     */
    public Page postFile(String path, String fileField, String fileName, String fileType, byte[] file) {
        var boundary = "----bettertalk-test-" + Long.toHexString(System.nanoTime());
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Fetches {@code path} as bytes (an image), with any extra request headers as name, value pairs. */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        var builder = request(path).GET();
        for (var i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends JSON to the API with the session's CSRF token in {@code X-CSRF-Token}. */
    public Page json(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends exactly this request (for forged or malformed ones), with this browser's cookies. */
    public Page send(HttpRequest.Builder builder) {
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            remember(response);
            return new Page(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return builder;
    }

    /** Pretend requests come from another site's page (or from none, with null). */
    public Browser from(String otherOrigin) {
        origin = otherOrigin;
        return this;
    }

    public String csrfToken() {
        return csrf;
    }

    public void forgetCsrfToken() {
        csrf = "forged";
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /** The account this browser is signed in as, found through its session cookie. */
    public UserId userId(Stores stores) {
        var token = new SessionToken(cookies.get(Requests.SESSION_COOKIE));
        return stores.sessions().byTokenHash(token.hash()).orElseThrow().user();
    }

    private void remember(HttpResponse<String> response) {
        for (var header : response.headers().allValues("Set-Cookie")) {
            var pair = header.split(";", 2)[0];
            var eq = pair.indexOf('=');
            var name = pair.substring(0, eq);
            var value = pair.substring(eq + 1);
            if (value.isEmpty() || header.contains("Max-Age=0") || header.contains("Expires=Thu, 01 Jan 1970")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        var body = response.body() == null ? "" : response.body();
        var matcher = CSRF_FIELD.matcher(body);
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        var fromApi = CSRF_JSON.matcher(body);
        if (fromApi.find()) {
            csrf = fromApi.group(1);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
