package io.fieldback.survey;

import io.fieldback.storage.S3StorageProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The crash-and-resume tests again, the upload read back from object storage on each attempt. */
@QuarkusTest
@TestProfile(S3StorageProfile.class)
class S3SurveyRestartTest extends SurveyRestartTest {
}
