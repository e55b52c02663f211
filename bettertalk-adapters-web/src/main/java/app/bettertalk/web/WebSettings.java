package app.bettertalk.web;

import app.bettertalk.web.help.Helpline;
import app.bettertalk.web.razorpay.RazorpaySettings;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the web server presents itself: its public base URL (for links, cookies and Origin checks), whether the
 * development sign-in is on, the Google OAuth client (empty id: Google sign-in off), and the Razorpay account that
 * takes payments (none: development mode simulates them, and without it payments are off).
 */
public record WebSettings(URI baseUrl, boolean devLogin, String googleClientId, String googleClientSecret,
                          Optional<RazorpaySettings> razorpay, List<Helpline> helplines,
                          Set<String> trustedProxies) {
    public WebSettings(URI baseUrl, boolean devLogin, String googleClientId, String googleClientSecret) {
        this(baseUrl, devLogin, googleClientId, googleClientSecret, Optional.empty());
    }

    /** Settings with India's helplines, the default. */
    public WebSettings(URI baseUrl, boolean devLogin, String googleClientId, String googleClientSecret,
                       Optional<RazorpaySettings> razorpay) {
        this(baseUrl, devLogin, googleClientId, googleClientSecret, razorpay, Helpline.INDIA, Set.of());
    }

    public WebSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(razorpay, "razorpay");
        helplines = List.copyOf(helplines);
        trustedProxies = Set.copyOf(trustedProxies);
        googleClientId = googleClientId == null ? "" : googleClientId.strip();
        googleClientSecret = googleClientSecret == null ? "" : googleClientSecret.strip();
    }

    public boolean googleEnabled() {
        return !googleClientId.isEmpty() && !googleClientSecret.isEmpty();
    }

    /** How booking pages take payment: Razorpay when configured, else simulated in development mode, else not. */
    public PaymentMode paymentMode() {
        return razorpay.isPresent() ? PaymentMode.RAZORPAY : devLogin ? PaymentMode.SIMULATED : PaymentMode.OFF;
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

    /**
     * The address a request came from, for rate limits: the connection's, unless that is one of the trusted proxies
     * (a TLS-terminating proxy, a load balancer), whose {@code X-Forwarded-For} then names it: the rightmost entry
     * that is not itself a trusted proxy, since a client can write anything into the entries left of its own.
     */
    public String clientAddress(String connectedFrom, String forwardedFor) {
        if (!trustedProxies.contains(connectedFrom) || forwardedFor == null || forwardedFor.isBlank()) {
            return connectedFrom;
        }
        var hops = forwardedFor.split(",");
        for (var i = hops.length - 1; i >= 0; i--) {
            var hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return connectedFrom;
    }

    public String url(String path) {
        var base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
