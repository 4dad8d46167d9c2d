package io.fieldback.hardening;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every rate-limit test again, with the buckets shared in the database. */
@QuarkusTest
@TestProfile(DatabaseLimitsProfile.class)
class DatabaseRateLimitTest extends RateLimitTest {
}
