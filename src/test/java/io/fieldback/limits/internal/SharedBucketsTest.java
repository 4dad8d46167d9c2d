package io.fieldback.limits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.fieldback.limits.LimitsConfig;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two limiters on one database, as two app instances have: a caller's limit holds across both, not once per
 * instance, and another caller has a bucket of its own.
 */
@QuarkusTest
class SharedBucketsTest {

    private static final LimitsConfig.Rate FIVE_AN_HOUR = new LimitsConfig.Rate() {
        @Override
        public long capacity() {
            return 5;
        }

        @Override
        public Duration period() {
            return Duration.ofHours(1);
        }
    };

    @Inject
    DataSource db;

    @Test
    void aCallersLimitHoldsAcrossTwoInstances() {
        Buckets first = new DatabaseBuckets(db);
        Buckets second = new DatabaseBuckets(db);
        String caller = "user:" + UUID.randomUUID();

        // 5 tokens: 3 taken on the first instance, 2 on the second
        assertThat(first.take(caller, FIVE_AN_HOUR)).isZero();
        assertThat(second.take(caller, FIVE_AN_HOUR)).isZero();
        assertThat(first.take(caller, FIVE_AN_HOUR)).isZero();
        assertThat(second.take(caller, FIVE_AN_HOUR)).isZero();
        assertThat(first.take(caller, FIVE_AN_HOUR)).isZero();

        // the sixth is refused on either: one token comes back every 12 minutes
        long waitFirst = first.take(caller, FIVE_AN_HOUR);
        long waitSecond = second.take(caller, FIVE_AN_HOUR);
        assertThat(waitFirst).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(12).toNanos());
        assertThat(waitSecond).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(12).toNanos());

        assertThat(second.take("user:" + UUID.randomUUID(), FIVE_AN_HOUR)).isZero();
    }

    @Test
    void aCallerWithANameLongerThanTheColumnHasABucketToo() {
        Buckets first = new DatabaseBuckets(db);
        String caller = "user:" + UUID.randomUUID() + "x".repeat(300);
        for (int i = 0; i < 5; i++) {
            assertThat(first.take(caller, FIVE_AN_HOUR)).isZero();
        }
        assertThat(first.take(caller, FIVE_AN_HOUR)).isPositive();
    }
}
