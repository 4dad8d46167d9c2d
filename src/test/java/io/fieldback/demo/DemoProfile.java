package io.fieldback.demo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The demo seeder on, as in dev mode, with an embedded database of its own: the seeder only fills a database
 * without dealers, and the other tests' data must not mix with the demo's figures (nor the demo's with theirs).
 */
public class DemoProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("fieldback.demo.enabled", "true",
                "fieldback.embedded-db.data-dir", "target/mariadb-test-demo",
                // a second application starting in the test JVM on a loaded machine has been seen to need more
                // than the default 3 s for its first connection (Liquibase then fails the start)
                "quarkus.datasource.jdbc.acquisition-timeout", "60S");
    }
}
