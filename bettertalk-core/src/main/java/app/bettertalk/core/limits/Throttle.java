package app.bettertalk.core.limits;

import app.bettertalk.core.identity.User;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds each try of a limited action to the limits: the account's rate (tighter while the account is new) and the
 * client address's rate, both counted, the longer wait winning. Asked before a use case runs, so a refused try
 * writes nothing.
 */
public final class Throttle {
    private final RateCounter counter;
    private final RateLimits limits;
    private final Clock clock;

    public Throttle(RateCounter counter, RateLimits limits, Clock clock) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One try of {@code action} by {@code account} (none: not signed in yet, counted by address only) from
     * {@code address}, the client's network address as the server saw it.
     */
    public Allowance allow(LimitedAction action, Optional<User> account, String address) {
        var rates = limits.of(action);
        var byAccount = account.map(user -> counter.take(action.key() + ":account:" + user.id().value(),
                isNew(user) ? rates.newAccount() : rates.account())).orElse(Allowance.GRANTED);
        var byAddress = counter.take(action.key() + ":address:" + address, rates.address());
        return longerWait(byAccount, byAddress);
    }

    /**
     * Takes back a try that was granted and then came to nothing through no fault of the person: text held behind
     * the helplines is not a post, and someone in distress must not run out of tries.
     */
    public void giveBack(LimitedAction action, Optional<User> account, String address) {
        var rates = limits.of(action);
        account.ifPresent(user -> counter.giveBack(action.key() + ":account:" + user.id().value(),
                isNew(user) ? rates.newAccount() : rates.account()));
        counter.giveBack(action.key() + ":address:" + address, rates.address());
    }

    /** Whether {@code user} is still in the first days when limits are tighter. */
    public boolean isNew(User user) {
        return user.isNewAt(clock.instant(), limits.newAccountFor());
    }

    public RateLimits limits() {
        return limits;
    }

    private static Allowance longerWait(Allowance first, Allowance second) {
        if (first instanceof Allowance.Refused one && second instanceof Allowance.Refused other) {
            return one.retryAfter().compareTo(other.retryAfter()) >= 0 ? one : other;
        }
        return first.granted() ? second : first;
    }
}
