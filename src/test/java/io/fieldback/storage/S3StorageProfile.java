package io.fieldback.storage;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app with its files in object storage (a real S3 server, {@link S3ProxyResource}) instead of the disk. The
 * attachment and survey upload tests run once more with it (the S3... subclasses), unchanged.
 */
public class S3StorageProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // scratch space of its own: nothing may be read back from the file-system store's directories
                "fieldback.survey.spool-dir", "target/survey-scratch-s3-test",
                // another application in the same test JVM: its own embedded database (see TinyLimitsProfile)
                "fieldback.embedded-db.data-dir", "target/mariadb-test-s3");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3ProxyResource.class));
    }
}
