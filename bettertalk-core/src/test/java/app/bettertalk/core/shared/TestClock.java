package app.bettertalk.core.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests set and move by hand; it starts at {@link #START} and never moves by itself. */
public final class TestClock extends Clock {
    public static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private volatile Instant now;

    public TestClock() {
        this(START);
    }

    public TestClock(Instant now) {
        this.now = now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a TestClock is UTC only");
    }
}
