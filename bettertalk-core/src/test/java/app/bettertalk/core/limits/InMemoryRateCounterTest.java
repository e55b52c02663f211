package app.bettertalk.core.limits;

import app.bettertalk.core.shared.TestClock;

class InMemoryRateCounterTest extends RateCounterContract {
    @Override
    protected RateCounter freshCounter(TestClock clock) {
        return new InMemoryRateCounter(clock);
    }
}
