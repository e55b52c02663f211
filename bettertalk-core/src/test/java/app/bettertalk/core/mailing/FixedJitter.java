package app.bettertalk.core.mailing;

import java.util.random.RandomGenerator;

/** Randomness that always draws the same fraction of the range, so retry times are known to the test. */
public final class FixedJitter implements RandomGenerator {
    private final double fraction;

    /** {@code fraction} in [0, 1): 0 waits half the backoff, just under 1 waits nearly all of it. */
    public FixedJitter(double fraction) {
        if (fraction < 0 || fraction >= 1) {
            throw new IllegalArgumentException("a fraction in [0, 1)");
        }
        this.fraction = fraction;
    }

    @Override
    public double nextDouble() {
        return fraction;
    }

    @Override
    public long nextLong() {
        return (long) (fraction * Long.MAX_VALUE);
    }
}
