package io.fieldback.survey;

import io.fieldback.storage.S3StorageProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every survey upload test again, with the uploads kept in object storage (a real S3 server). */
@QuarkusTest
@TestProfile(S3StorageProfile.class)
class S3SurveyUploadTest extends SurveyUploadTest {
}
