package app.bettertalk.web;

import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where to send someone back to after signing in (and onboarding): a path of this site, carried in a {@code return}
 * parameter. Only a same-origin path is ever followed: one that starts with a single {@code /} (not {@code //} or
 * {@code /\}, which browsers read as another host), has no scheme and no control or non-ASCII characters (browsers
 * drop tabs and newlines, which would turn {@code /\t/evil} into {@code //evil}), and is not absurdly long. Anything
 * else is ignored and the default page used, so the parameter can never send anyone to another site.
 */
public final class ReturnPath {
    /** The parameter (query or form field) that carries the path. */
    public static final String PARAMETER = "return";
    static final int MAX_LENGTH = 2_000;

    private ReturnPath() {
    }

    /** {@code candidate} if it is a safe same-origin path, else empty. */
    public static Optional<String> safe(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/') {
            return Optional.empty();
        }
        if (candidate.length() > 1 && (candidate.charAt(1) == '/' || candidate.charAt(1) == '\\')) {
            return Optional.empty();
        }
        for (var i = 0; i < candidate.length(); i++) {
            var c = candidate.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        return Optional.of(candidate);
    }

    /** The safe path in the request's {@code return} query parameter or form field, if there is one. */
    public static Optional<String> of(Context ctx) {
        var given = ctx.queryParam(PARAMETER);
        if (given == null && isForm(ctx)) {
            given = ctx.formParam(PARAMETER);
        }
        return safe(given);
    }

    /** The page this GET request asked for, path and query as sent, to come back to; empty for other methods. */
    public static Optional<String> here(Context ctx) {
        if (!"GET".equals(ctx.method().name())) {
            return Optional.empty();
        }
        var query = ctx.queryString();
        return safe(ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    /** {@code page} with {@code path} as its return parameter, e.g. {@code /signin?return=%2Fmentor%2F...}. */
    public static String to(String page, Optional<String> path) {
        return path.map(p -> page + (page.contains("?") ? "&" : "?") + PARAMETER + "="
                + URLEncoder.encode(p, StandardCharsets.UTF_8)).orElse(page);
    }

    private static boolean isForm(Context ctx) {
        var type = ctx.contentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }
}
