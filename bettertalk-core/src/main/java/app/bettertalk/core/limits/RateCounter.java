package app.bettertalk.core.limits;

import app.bettertalk.core.shared.Port;

/**
 * Counts tries per key against a rate, as a token bucket per key: on one node in memory, on several in a store they
 * share. The key already names the action and who is counted.
 */
@Port
public interface RateCounter {
    /** Counts one try under {@code key}, granted when {@code rate} still allows it. */
    Allowance take(String key, Rate rate);

    /** Takes back one granted try under {@code key}, as if it had not been made. */
    void giveBack(String key, Rate rate);
}
