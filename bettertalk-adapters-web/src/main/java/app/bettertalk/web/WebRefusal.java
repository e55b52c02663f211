package app.bettertalk.web;

/** A request the web adapter itself refuses before any use case runs: signed out, bad CSRF, malformed input. */
public final class WebRefusal extends RuntimeException {
    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    public WebRefusal(int status, String code, String message) {
        this(status, code, message, 0);
    }

    private WebRefusal(int status, String code, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A try over a rate limit: 429, and when one would be counted again. */
    public static WebRefusal tooMany(String message, long retryAfterSeconds) {
        return new WebRefusal(429, "rate_limited", message, retryAfterSeconds);
    }

    public static WebRefusal signedOut() {
        return new WebRefusal(401, "signed_out", "Sign in first.");
    }

    public static WebRefusal malformed(String message) {
        return new WebRefusal(400, "malformed", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Seconds to wait before trying again, for {@code Retry-After}; 0 when the refusal names none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
