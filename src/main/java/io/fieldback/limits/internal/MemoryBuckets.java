package io.fieldback.limits.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.fieldback.limits.LimitsConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Buckets in this instance's memory (Bucket4j), in a bounded cache: the default of a single instance. A
 * bucket idle for a whole period is full again, so forgetting it changes nothing. N instances give N times
 * the limit: several instances use {@link DatabaseBuckets}.
 */
public class MemoryBuckets implements Buckets {

    private final Cache<String, Bucket> buckets;

    public MemoryBuckets(LimitsConfig config) {
        Duration longest = config.user().period().compareTo(config.key().period()) > 0
                ? config.user().period() : config.key().period();
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxCallers()).expireAfterAccess(longest).build();
    }

    @Override
    public long take(String caller, LimitsConfig.Rate rate) {
        Bucket bucket = buckets.get(caller, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rate.capacity())
                        .refillGreedy(rate.capacity(), rate.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    @Override
    public boolean blocking() {
        return false;
    }
}
