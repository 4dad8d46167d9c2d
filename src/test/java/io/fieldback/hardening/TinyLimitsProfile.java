package io.fieldback.hardening;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Limits small enough to reach in a test: 5 requests per person and 3 per API key per hour, queries
 * cancelled after 1 s, a pool of 4 connections, and an embedded database of its own. Only the tests of
 * the limits run with it.
 */
public class TinyLimitsProfile implements QuarkusTestProfile {

    static final int USER_CAPACITY = 5;
    static final int KEY_CAPACITY = 3;
    static final int POOL = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "fieldback.limits.user.capacity", Integer.toString(USER_CAPACITY),
                "fieldback.limits.user.period", "PT1H",
                "fieldback.limits.key.capacity", Integer.toString(KEY_CAPACITY),
                "fieldback.limits.key.period", "PT1H",
                "fieldback.limits.query-timeout-ms", "1000",
                "quarkus.datasource.jdbc.max-size", Integer.toString(POOL),
                // a profile is another application in the same test JVM, with its own embedded server: it must
                // not share (and, starting fresh, wipe) the data directory of the default profile's server
                "fieldback.embedded-db.data-dir", "target/mariadb-test-limits");
    }
}
