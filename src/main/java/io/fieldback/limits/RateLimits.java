package io.fieldback.limits;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.fieldback.common.Problem;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Per-caller rate limits: one Bucket4j token bucket per person (token subject) or machine (API key
 * id). A request past the limit is answered 429 problem+json with {@code Retry-After} (whole seconds
 * until a request would be served). Anonymous requests are not counted here: they are refused with 401
 * anyway, before any work. Buckets are kept in a bounded cache; a bucket idle for a whole period is full
 * again, so forgetting it changes nothing.
 */
@ApplicationScoped
public class RateLimits {

    private static final String TYPE = "https://fieldback.io/problems/too-many-requests";
    private static final String USER = "user:";
    private static final String KEY = "key:";

    private final LimitsConfig config;
    private final CurrentIdentityAssociation identities;
    private final Cache<String, Bucket> buckets;

    public RateLimits(LimitsConfig config, CurrentIdentityAssociation identities) {
        this.config = config;
        this.identities = identities;
        Duration longest = config.user().period().compareTo(config.key().period()) > 0
                ? config.user().period() : config.key().period();
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxCallers()).expireAfterAccess(longest).build();
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
        Bucket bucket = buckets.get(caller, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rate.capacity())
                        .refillGreedy(rate.capacity(), rate.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", Long.toString(seconds))
                .entity(new Problem(TYPE, "Too many requests", 429,
                        "this caller may make " + rate.capacity() + " requests per " + describe(rate.period())
                                + "; retry after " + seconds + " s",
                        null))
                .build();
    }

    private static String describe(Duration period) {
        return period.toSeconds() % 60 == 0 ? period.toMinutes() + " min" : period.toSeconds() + " s";
    }
}
