package app.bettertalk.web;

import app.bettertalk.core.booking.PaymentGatewayUnavailable;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.FailureKind;
import app.bettertalk.web.help.Helpline;
import app.bettertalk.web.limits.RateLimitRoutes;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place failures become responses: JSON {@code {"error":{"code","message"[,"field"]}}} under {@code /api},
 * an error page elsewhere (a signed-out page request goes to the sign-in page instead, which brings them back).
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    /** The HTTP status of each kind of domain refusal; a new kind fails this switch's build. */
    public static int status(DomainException e) {
        return switch (e) {
            case DomainException.NotFound n -> 404;
            case DomainException.Forbidden f -> 403;
            case DomainException.Validation v -> 422;
            case DomainException.Conflict c -> 409;
            case DomainException.ChatExpired x -> 403;
            case DomainException.HelpOffered h -> 409;
        };
    }

    public static String code(DomainException e) {
        return switch (e) {
            case DomainException.NotFound n -> "not_found";
            case DomainException.Forbidden f -> f.reason();
            case DomainException.Validation v -> "validation";
            case DomainException.Conflict c -> c.reason();
            case DomainException.ChatExpired x -> "chat_expired";
            case DomainException.HelpOffered h -> "help_offered";
        };
    }

    static void domain(DomainException e, Context ctx) {
        if (e instanceof DomainException.HelpOffered) {
            // An API client's held text was not a post: the rate limit gives its try back.
            ctx.attribute(RateLimitRoutes.HELD, true);
        }
        var field = e instanceof DomainException.Validation v ? v.field() : null;
        respond(ctx, status(e), code(e), e.getMessage(), field);
    }

    static void refusal(WebRefusal e, Context ctx) {
        if (e.status() == 401 && !Requests.wantsJson(ctx)) {
            // Back to the page they asked for once signed in; a form post has no page to come back to.
            ctx.redirect(ReturnPath.to("/signin", ReturnPath.here(ctx)), HttpStatus.SEE_OTHER);
            return;
        }
        if (e.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        respond(ctx, e.status(), e.code(), e.getMessage(), null);
    }

    /** The payment provider did not answer or failed: nothing changed here, and trying again is safe. */
    static void paymentProvider(PaymentGatewayUnavailable e, Context ctx) {
        ctx.header("Retry-After", "30");
        respond(ctx, 503, "payment_provider_unavailable", e.getMessage(), null);
    }

    /** Javalin's own refusals, such as a body over {@link WebApp#MAX_BODY_BYTES}, in the same shapes as ours. */
    static void http(HttpResponseException e, Context ctx) {
        var status = e.getStatus();
        switch (status) {
            case 400 -> respond(ctx, status, "malformed", e.getMessage(), null);
            case 404 -> respond(ctx, status, "not_found", "There is nothing here.", null);
            case 413 -> respond(ctx, status, "too_large",
                    "The request is larger than " + WebApp.MAX_BODY_BYTES / 1024 + " KB.", null);
            default -> respond(ctx, status, "http_" + status, e.getMessage(), null);
        }
    }

    static void unexpected(Exception e, Context ctx) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Jetty refuses a multipart body over its limits (or broken) while the guard reads its CSRF field.
            if (cause instanceof BadMessageException bad) {
                if (String.valueOf(bad.getCause()).contains("exceeded")) {
                    respond(ctx, 413, "too_large", "The file is larger than 2 MB; please choose a smaller one.",
                            null);
                } else {
                    respond(ctx, 400, "malformed", "This form could not be read; please try again.", null);
                }
                return;
            }
        }
        // The kind, not the exception: its messages can carry what was being written (see FailureKind).
        LOG.error("request {}: {} {} failed: {}", Requests.requestId(ctx), ctx.method().name(), ctx.path(),
                FailureKind.of(e));
        respond(ctx, 500, "internal", "Something went wrong on our side. Please try again.", null);
    }

    /** Javalin's 404 for a path no route matches; a 404 already answered by {@link #respond} is left alone. */
    static void notFound(Context ctx) {
        if (ctx.attribute(ANSWERED) == null) {
            respond(ctx, 404, "not_found", "There is nothing here.", null);
        }
    }

    private static final String ANSWERED = "bettertalk.errorAnswered";

    /** Says a handler rendered its own error page, so a 404 it set is not replaced by "There is nothing here". */
    public static void answeredHere(Context ctx) {
        ctx.attribute(ANSWERED, true);
    }

    static void respond(Context ctx, int status, String code, String message, String field) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status);
        if (Requests.wantsJson(ctx)) {
            var error = new LinkedHashMap<String, Object>();
            error.put("code", code);
            error.put("message", message);
            if (field != null) {
                error.put("field", field);
            }
            error.put("requestId", Requests.requestId(ctx));
            ctx.contentType("application/json").result(Json.write(Map.of("error", error)));
            return;
        }
        ctx.render("error.jte", Map.of("frame", Requests.frame(ctx, title(status)), "status", status,
                "message", message, "kept", status == 429 ? kept(ctx) : "", "helplines", helplines(ctx, status),
                "back", status == 429 ? cameFrom(ctx) : "", "requestId", Requests.requestId(ctx)));
    }

    /** A person told to wait may be in distress: the helplines are a tap away on that page too. */
    private static List<Helpline> helplines(Context ctx, int status) {
        var settings = Requests.settings(ctx);
        return status == 429 && settings != null ? settings.helplines() : List.of();
    }

    /** The page of this site a refused form was sent from, to go back to it; none from anywhere else. */
    private static String cameFrom(Context ctx) {
        var referer = ctx.header("Referer");
        var settings = Requests.settings(ctx);
        if (referer == null || settings == null || !referer.startsWith(settings.origin() + "/")) {
            return "";
        }
        return ReturnPath.safe(referer.substring(settings.origin().length())).orElse("");
    }

    /** What a refused form carried, shown back on the error page so nothing typed is lost. */
    private static String kept(Context ctx) {
        try {
            for (var field : new String[] {"content", "text", "details"}) {
                var typed = ctx.formParam(field);
                if (typed != null && !typed.isBlank()) {
                    return typed;
                }
            }
            return "";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "That clashes with something";
            case 413 -> "Too large";
            case 429 -> "Please slow down";
            case 422 -> "Please check what you entered";
            case 500 -> "Something went wrong";
            case 503 -> "Try again in a moment";
            default -> "Request refused";
        };
    }
}
