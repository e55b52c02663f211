package app.bettertalk.web;

/** A request the web adapter itself refuses before any use case runs: signed out, bad CSRF, malformed input. */
public final class WebRefusal extends RuntimeException {
    private final int status;
    private final String code;

    public WebRefusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
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
}
