package io.fieldback.limits;

import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.Problem;
import io.fieldback.limits.internal.Buckets;
import io.fieldback.limits.internal.DatabaseBuckets;
import io.fieldback.limits.internal.MemoryBuckets;
import io.quarkus.logging.Log;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Per-caller rate limits: one Bucket4j token bucket per person (token subject) or machine (API key
 * id). A request past the limit is answered 429 problem+json with {@code Retry-After} (whole seconds
 * until a request would be served). Anonymous requests are not counted here: they are refused with 401
 * anyway, before any work. The buckets are in this instance's memory or shared in the database
 * (fieldback.limits.backend); when the database cannot be asked, the request is served (fail open).
 */
@ApplicationScoped
public class RateLimits {

    private static final String TYPE = "https://fieldback.io/problems/too-many-requests";
    private static final String USER = "user:";
    private static final String KEY = "key:";

    private final LimitsConfig config;
    private final CurrentIdentityAssociation identities;
    private final Buckets buckets;
    private volatile long lastWarning;

    public RateLimits(LimitsConfig config, CurrentIdentityAssociation identities, DataSource db) {
        this.config = config;
        this.identities = identities;
        this.buckets = config.backend() == LimitsBackend.DATABASE ? new DatabaseBuckets(db) : new MemoryBuckets(config);
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull() // a bad credential is answered 401 by the endpoint's security check
                .map(this::check);
    }

    private Response check(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        boolean person = identity.getPrincipal() instanceof JsonWebToken;
        LimitsConfig.Rate rate = person ? config.user() : config.key();
        String caller = (person ? USER : KEY) + identity.getPrincipal().getName();
        long wait = take(caller, rate);
        if (wait == 0) {
            return null;
        }
        long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", Long.toString(seconds))
                .entity(new Problem(TYPE, "Too many requests", 429,
                        "this caller may make " + rate.capacity() + " requests per " + describe(rate.period())
                                + "; retry after " + seconds + " s",
                        null))
                .build();
    }

    /** Nanoseconds to wait, 0 when served; 0 as well when the shared buckets cannot be asked (fail open). */
    private long take(String caller, LimitsConfig.Rate rate) {
        if (buckets.blocking() && !BlockingOperationControl.isBlockingAllowed()) {
            return 0; // a non-blocking endpoint (none today): the database is not asked on the event loop
        }
        try {
            return buckets.take(caller, rate);
        } catch (RuntimeException e) {
            BusinessMetrics.count(BusinessMetrics.LIMITS_UNCHECKED); // every one, where the log has one a minute
            long now = System.currentTimeMillis();
            if (now - lastWarning > 60_000) { // one line a minute, not one per request, while the database is down
                lastWarning = now;
                Log.warnf("rate limits not checked (served anyway) while the database cannot be asked: %s", e.toString());
            }
            return 0;
        }
    }

    /** Shared buckets idle longer than the longest period are full: their rows go. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleBuckets() {
        if (buckets instanceof DatabaseBuckets shared) {
            Duration longest = config.user().period().compareTo(config.key().period()) > 0
                    ? config.user().period() : config.key().period();
            shared.forgetIdle(longest.toMillis());
        }
    }

    private static String describe(Duration period) {
        return period.toSeconds() % 60 == 0 ? period.toMinutes() + " min" : period.toSeconds() + " s";
    }
}
