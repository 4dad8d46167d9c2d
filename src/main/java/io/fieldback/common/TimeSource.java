package io.fieldback.common;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The current time for business rules (deadlines, tolerances, due dates). Everything that decides by
 * the clock asks this bean, so tests can move time instead of sleeping.
 */
@ApplicationScoped
public class TimeSource {

    private volatile Clock clock = Clock.systemUTC();

    /** Now, at the database's microsecond precision. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public Clock clock() {
        return clock;
    }

    /** For tests: run on another clock (e.g. {@code Clock.offset}); {@link #reset()} returns to real time. */
    public void use(Clock replacement) {
        this.clock = replacement;
    }

    public void reset() {
        this.clock = Clock.systemUTC();
    }
}
