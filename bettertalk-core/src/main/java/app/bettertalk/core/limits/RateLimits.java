package app.bettertalk.core.limits;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The limits a deployment sets: for each action a rate for one account, a tighter one for an account in its first
 * {@code newAccountFor}, and one for everything from one client address (several people may share an address, so it
 * is the loosest); and how many live sockets one sign-in session may hold open.
 */
public record RateLimits(Map<LimitedAction, ActionLimits> actions, Duration newAccountFor, int socketsPerSession) {

    /** The rates of one action. */
    public record ActionLimits(Rate account, Rate newAccount, Rate address) {
        public ActionLimits {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(newAccount, "newAccount");
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * What BetterTalk ships with: room for a person typing fast in a chat or replying through a thread, not for a
     * script. An address allows several people's worth.
     */
    public static final RateLimits DEFAULT = new RateLimits(Map.of(
            LimitedAction.SIGN_IN, limits("10/10m", "10/10m", "30/10m"),
            LimitedAction.POST, limits("6/10m", "2/10m", "30/10m"),
            LimitedAction.COMMENT, limits("20/10m", "6/10m", "100/10m"),
            LimitedAction.MESSAGE, limits("30/m", "15/m", "120/m"),
            LimitedAction.REPORT, limits("10/h", "5/h", "40/h"),
            LimitedAction.BOOKING, limits("10/h", "5/h", "40/h")), Duration.ofHours(24), 5);

    public RateLimits {
        Objects.requireNonNull(newAccountFor, "newAccountFor");
        var every = new EnumMap<LimitedAction, ActionLimits>(LimitedAction.class);
        every.putAll(actions);
        for (var action : LimitedAction.values()) {
            if (!every.containsKey(action)) {
                throw new IllegalArgumentException("no limits for " + action.key());
            }
        }
        actions = Map.copyOf(every);
        if (newAccountFor.isNegative()) {
            throw new IllegalArgumentException("an account's first days cannot be negative");
        }
        if (socketsPerSession < 1) {
            throw new IllegalArgumentException("a session may hold at least 1 socket, not " + socketsPerSession);
        }
    }

    public ActionLimits of(LimitedAction action) {
        return actions.get(action);
    }

    /** These limits with {@code action}'s rates replaced. */
    public RateLimits with(LimitedAction action, ActionLimits limits) {
        var changed = new EnumMap<>(actions);
        changed.put(action, limits);
        return new RateLimits(changed, newAccountFor, socketsPerSession);
    }

    private static ActionLimits limits(String account, String newAccount, String address) {
        return new ActionLimits(Rate.parse(account), Rate.parse(newAccount), Rate.parse(address));
    }
}
