package app.bettertalk.web;

import java.net.URI;
import java.util.Objects;

/**
 * How the web server presents itself: its public base URL (for links, cookies and Origin checks), whether the
 * development sign-in is on, and the Google OAuth client (empty id: Google sign-in off).
 */
public record WebSettings(URI baseUrl, boolean devLogin, String googleClientId, String googleClientSecret) {
    public WebSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        googleClientId = googleClientId == null ? "" : googleClientId.strip();
        googleClientSecret = googleClientSecret == null ? "" : googleClientSecret.strip();
    }

    public boolean googleEnabled() {
        return !googleClientId.isEmpty() && !googleClientSecret.isEmpty();
    }

    /** Session cookies are Secure whenever the public URL is https. */
    public boolean secureCookies() {
        return "https".equalsIgnoreCase(baseUrl.getScheme());
    }

    /** The origin browsers send in {@code Origin} for our own pages, e.g. {@code http://127.0.0.1:7070}. */
    public String origin() {
        var port = baseUrl.getPort() == -1 ? "" : ":" + baseUrl.getPort();
        return baseUrl.getScheme() + "://" + baseUrl.getHost() + port;
    }

    public String url(String path) {
        var base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
