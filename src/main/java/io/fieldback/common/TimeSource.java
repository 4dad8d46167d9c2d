package io.fieldback.common;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The current time for business rules (deadlines, tolerances, due dates). Everything that decides by
 * the clock asks this bean, so tests can move time instead of sleeping.
 */
@ApplicationScoped
public class TimeSource {

    /** A past instant the current thread replays work at (see {@link #asOf}); null = the real clock. */
    private static final ThreadLocal<Instant> AS_OF = new ThreadLocal<>();

    private volatile Clock clock = Clock.systemUTC();

    /** Now, at the database's microsecond precision. */
    public Instant now() {
        Instant replayed = AS_OF.get();
        return (replayed != null ? replayed : clock.instant()).truncatedTo(ChronoUnit.MICROS);
    }

    public Clock clock() {
        Instant replayed = AS_OF.get();
        return replayed != null ? Clock.fixed(replayed, clock.getZone()) : clock;
    }

    /**
     * Runs work on this thread as if it happened at a past instant, with every rule applied as it would
     * have been then; other threads keep the real clock. For recording history through the services (the
     * dev demo data), where a step such as a complaint's transition takes its time from the clock. The
     * instant may not be in the future: what "may not be in the future" refuses stays refused.
     */
    public <T> T asOf(Instant at, Supplier<T> work) {
        if (at.isAfter(clock.instant())) {
            throw new IllegalArgumentException("cannot act in the future: " + at);
        }
        Instant outer = AS_OF.get();
        AS_OF.set(at);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                AS_OF.remove();
            } else {
                AS_OF.set(outer);
            }
        }
    }

    /** For tests: run on another clock (e.g. {@code Clock.offset}); {@link #reset()} returns to real time. */
    public void use(Clock replacement) {
        this.clock = replacement;
    }

    public void reset() {
        this.clock = Clock.systemUTC();
    }
}
