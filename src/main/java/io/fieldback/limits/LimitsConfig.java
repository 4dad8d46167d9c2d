package io.fieldback.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request-rate limits per caller (README, "Settings" and "Reliability"). Each caller has a token bucket
 * of {@code capacity} requests, refilled evenly over {@code period}: a burst of up to {@code capacity}
 * is served, then about {@code capacity / period}. People (bearer tokens) are keyed by the token's
 * subject, machines by their API key id. Buckets live in each instance's memory, or in the database when
 * several instances must share them ({@link #backend()}).
 */
@ConfigMapping(prefix = "fieldback.limits")
public interface LimitsConfig {

    /** {@code false} turns the rate limits off (benchmarks measure throughput, not limits). */
    @WithDefault("true")
    boolean enabled();

    /**
     * {@code memory} (each instance counts on its own) or {@code database} (one bucket per caller for all
     * instances). When the database cannot be asked, the request is served (fail open) and a warning logged:
     * the limits guard against abuse, and a database that is down fails the request anyway.
     */
    @WithDefault("memory")
    LimitsBackend backend();

    /** People signed in with a bearer token (phones, back office). */
    Rate user();

    /** Machines signed in with an API key (dealer systems, survey vendors). */
    Rate key();

    /** How many distinct callers' buckets an instance keeps at most (least recently used go first). */
    @WithDefault("100000")
    long maxCallers();

    /**
     * Every query Hibernate runs is cancelled after this many milliseconds and answered 503 (passed on as
     * {@code jakarta.persistence.query.timeout} in application.properties).
     */
    @WithDefault("30000")
    long queryTimeoutMs();

    interface Rate {
        /** Requests a caller may make in a burst. */
        @WithDefault("600")
        long capacity();

        /** Time in which a drained bucket fills up again, evenly. */
        @WithDefault("PT1M")
        Duration period();
    }
}
