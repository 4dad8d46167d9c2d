package io.fieldback.storage;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app with its files in an object store the test can take away ({@link S3Switch}): outages answer 503 with
 * Retry-After, leave nothing half-stored, and the same request succeeds once the store is back.
 */
public class S3OutageProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "fieldback.storage.type", "s3",
                "fieldback.storage.s3.endpoint", "http://127.0.0.1:" + S3Switch.port(),
                "fieldback.storage.s3.access-key", S3ProxyResource.ACCESS_KEY,
                "fieldback.storage.s3.secret-key", S3ProxyResource.SECRET_KEY,
                "fieldback.storage.s3.bucket", S3Switch.BUCKET,
                "fieldback.storage.s3.create-bucket", "true",
                "fieldback.storage.s3.part-size", "5242880",
                "fieldback.survey.spool-dir", "target/survey-scratch-s3-outage-test",
                // another application in the same test JVM: its own embedded database (see S3StorageProfile)
                "fieldback.embedded-db.data-dir", "target/mariadb-test-s3-outage");
    }
}
