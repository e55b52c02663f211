package app.bettertalk.web.limits;

import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.limits.Allowance;
import app.bettertalk.core.limits.LimitedAction;
import app.bettertalk.core.limits.Throttle;
import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.Requests;
import app.bettertalk.web.WebRefusal;
import app.bettertalk.web.WebSettings;
import io.javalin.config.JavalinConfig;

import java.util.List;
import java.util.Optional;

/**
 * Holds the routes that create things to their rate limits, before their handlers run, so a refused try (429 with
 * {@code Retry-After}) has written nothing. The chat socket holds its frames to the same limits itself.
 */
public final class RateLimitRoutes implements FeatureRoutes {
    /** A route and the action it counts as. */
    private record Limited(String method, String path, LimitedAction action) {
    }

    private static final List<Limited> LIMITED = List.of(
            new Limited("POST", "/auth/dev", LimitedAction.SIGN_IN),
            new Limited("GET", "/auth/google/callback", LimitedAction.SIGN_IN),
            new Limited("POST", "/groups/{id}/posts", LimitedAction.POST),
            new Limited("POST", "/api/v1/groups/{id}/posts", LimitedAction.POST),
            new Limited("POST", "/posts/{id}/comments", LimitedAction.COMMENT),
            new Limited("POST", "/api/v1/posts/{id}/comments", LimitedAction.COMMENT),
            new Limited("POST", "/chat/{chatId}/messages", LimitedAction.MESSAGE),
            new Limited("POST", "/api/v1/chats/{id}/messages", LimitedAction.MESSAGE),
            new Limited("POST", "/report", LimitedAction.REPORT),
            new Limited("POST", "/api/v1/reports", LimitedAction.REPORT),
            new Limited("POST", "/book/{planId}", LimitedAction.BOOKING),
            new Limited("POST", "/api/v1/bookings", LimitedAction.BOOKING));

    /** Set on a request whose text the core held behind the helplines. */
    public static final String HELD = "bettertalk.heldForHelp";

    private final Throttle throttle;
    private final WebSettings settings;

    public RateLimitRoutes(Throttle throttle, WebSettings settings) {
        this.throttle = throttle;
        this.settings = settings;
    }

    @Override
    public void register(JavalinConfig cfg) {
        for (var limited : LIMITED) {
            cfg.routes.before(limited.path(), ctx -> {
                if (ctx.method().name().equals(limited.method())) {
                    hold(throttle, limited.action(), Requests.session(ctx).map(ResumeSession.Resumed::user),
                            Requests.clientAddress(ctx, settings));
                }
            });
            // Text held behind the helplines (409) was not a post: the try is given back.
            cfg.routes.after(limited.path(), ctx -> {
                if (ctx.method().name().equals(limited.method()) && ctx.status().getCode() == 409
                        && ctx.attribute(HELD) != null) {
                    throttle.giveBack(limited.action(), Requests.session(ctx).map(ResumeSession.Resumed::user),
                            Requests.clientAddress(ctx, settings));
                }
            });
        }
    }

    /** The paths held to a limit, for the tests that check each one. */
    public static List<String> limitedRoutes() {
        return LIMITED.stream().map(limited -> limited.method() + " " + limited.path()).toList();
    }

    /**
     * Counts one try; a refused one throws the 429 that says how long to wait (and, for an account in its first day,
     * why its limits are lower).
     */
    public static void hold(Throttle throttle, LimitedAction action,
                            Optional<User> account, String address) {
        if (throttle.allow(action, account, address) instanceof Allowance.Refused refused) {
            var seconds = refused.retryAfterSeconds();
            var newcomer = account.filter(throttle::isNew).isPresent()
                    ? " New accounts have lower limits for their first day." : "";
            throw WebRefusal.tooMany("That is faster than BetterTalk allows. Please wait " + howLong(seconds)
                    + " and try again." + newcomer, seconds);
        }
    }

    private static String howLong(long seconds) {
        if (seconds < 90) {
            return seconds == 1 ? "a second" : seconds + " seconds";
        }
        var minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
