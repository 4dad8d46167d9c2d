package io.fieldback.survey;

import static io.fieldback.survey.SurveyFixtures.BATCHES;
import static io.fieldback.survey.SurveyFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.survey.internal.SurveyConfig;
import io.fieldback.survey.internal.importing.SurveyImporter;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A file that passed the upload checks but is broken or gone when the import reads it (changed on disk
 * between the two steps): the batch ends FAILED with the reason, no row is stored, and nothing is retried.
 */
@QuarkusTest
class SurveyFileChangedTest {

    @Inject
    SurveyImporter importer;
    @Inject
    SurveyConfig config;

    private Path stored(UUID batchId) {
        return Path.of(config.spoolDir()).resolve(batchId + ".upload");
    }

    @Test
    void aFileBrokenAfterUploadFailsItsBatchWithTheReason() throws IOException {
        SurveyFixtures f = new SurveyFixtures();
        UUID id = f.queued(csv(f.row("R1"), f.row("R2")));
        Files.writeString(stored(id), "rowId,,method\nR1,x,PHONE\n", StandardCharsets.UTF_8);

        assertThat(importer.runBatch(id, Integer.MAX_VALUE)).isTrue();

        f.vendor().get(BATCHES + "/" + id).then().body("status", equalTo("FAILED"))
                .body("failure", equalTo("header: a column has no name")).body("processed", equalTo(0));
    }

    @Test
    void aFileGoneAfterUploadFailsItsBatch() throws IOException {
        SurveyFixtures f = new SurveyFixtures();
        UUID id = f.queued(csv(f.row("R1")));
        Files.delete(stored(id));

        assertThat(importer.runBatch(id, Integer.MAX_VALUE)).isTrue();

        f.vendor().get(BATCHES + "/" + id).then().body("status", equalTo("FAILED")).body("failure",
                equalTo("the uploaded file is no longer in storage (fieldback.survey.spool-dir or the object store)"));
    }
}
