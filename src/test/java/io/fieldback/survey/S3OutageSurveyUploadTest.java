package io.fieldback.survey;

import static io.fieldback.survey.SurveyFixtures.BATCHES;
import static io.fieldback.survey.SurveyFixtures.csv;
import static io.fieldback.survey.SurveyFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.storage.S3OutageProfile;
import io.fieldback.survey.internal.importing.SurveyImporter;
import io.fieldback.storage.S3Switch;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Survey uploads while the object store is away: 503 + Retry-After, no batch, no object, the same upload works after. */
@QuarkusTest
@TestProfile(S3OutageProfile.class)
class S3OutageSurveyUploadTest {

    @Inject
    SurveyImporter importer;
    @Inject
    DataSource db;

    @BeforeEach
    void aStore() throws Exception {
        S3Switch.up();
    }

    @AfterEach
    void storeBack() throws Exception {
        S3Switch.up();
    }

    /** Files left in this profile's scratch space (S3OutageProfile): the spooled upload must be gone. */
    private static long scratchFiles() throws IOException {
        Path scratch = Path.of("target/survey-scratch-s3-outage-test");
        if (!Files.exists(scratch)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(scratch)) {
            return files.count();
        }
    }

    private static void isStorageUnavailable(Response response) {
        response.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .body("type", equalTo("https://fieldback.io/problems/storage-unavailable"));
    }

    @Test
    void anUploadWhileTheStoreIsUnreachableIs503AndTheVendorsRetryIsImported() throws Exception {
        assertRetriedAfterOutage(false);
    }

    @Test
    void anUploadWhileTheStoreAnswers503Is503AndTheVendorsRetryIsImported() throws Exception {
        assertRetriedAfterOutage(true);
    }

    private void assertRetriedAfterOutage(boolean answering503) throws Exception {
        SurveyFixtures f = new SurveyFixtures();
        String batchId = TestData.unique("B");
        String text = csv(f.row("R1"), f.row("R2"));
        long objectsBefore = S3Switch.objects("survey-uploads/");
        if (answering503) {
            S3Switch.failing();
        } else {
            S3Switch.down();
        }

        isStorageUnavailable(f.uploadCsv(batchId, text));
        f.vendor().get(BATCHES + "?limit=500").then().statusCode(200).body("items.size()", equalTo(0));
        assertThat(S3Switch.objects("survey-uploads/")).isEqualTo(objectsBefore);
        assertThat(scratchFiles()).isZero();

        S3Switch.up();
        Response retry = f.uploadCsv(batchId, text);
        retry.then().statusCode(202).header("X-Replay", "false").body("totalRows", equalTo(2));
        UUID id = UUID.fromString(retry.path("id"));
        assertThat(S3Switch.objects("survey-uploads/")).isEqualTo(objectsBefore + 1);
        importer.runBatch(id, Integer.MAX_VALUE);
        f.vendor().get(BATCHES + "/" + id).then().statusCode(200).body("status", equalTo("DONE"))
                .body("accepted", equalTo(2));
        assertThat(stored(db, id)).extracting(r -> r.get("rowId")).containsExactly("R1", "R2");
    }
}
