package io.fieldback.survey;

import static io.fieldback.survey.SurveyFixtures.BATCHES;
import static io.fieldback.survey.SurveyFixtures.count;
import static io.fieldback.survey.SurveyFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.quarkus.test.junit.QuarkusTest;
import io.fieldback.survey.internal.importing.SurveyImporter;

/**
 * A batch interrupted by a crash is RESUMED from its last checkpoint (not restarted): the chunk in flight
 * was rolled back whole with its checkpoint, so every row ends up stored exactly once.
 */
@QuarkusTest
class SurveyRestartTest {

    @Inject
    SurveyImporter importer;
    @Inject
    CrashingChunkHook crash;
    @Inject
    DataSource db;
    @Inject
    TimeSource time;

    @AfterEach
    void reset() {
        crash.crashInChunk(-1);
        time.reset();
    }

    @Test
    void crashMidChunkThenResumeStoresEveryRowOnce() {
        SurveyFixtures f = new SurveyFixtures();
        String[] rows = new String[11];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i == 5 ? f.row("R" + i).replace("PHONE", "TELEX") : f.row("R" + i); // one rejected row (line 7)
        }
        UUID id = f.queued(csv(rows));

        // chunk 0 (rows 1-4) commits; chunk 1 (rows 5-8) writes its rows and its rejection, then the process "dies"
        crash.crashInChunk(1);
        assertThatThrownBy(() -> importer.runBatch(id, Integer.MAX_VALUE)).isInstanceOf(CrashingChunkHook.SimulatedCrash.class);
        crash.crashInChunk(-1);

        f.vendor().get(BATCHES + "/" + id).then().body("status", equalTo("PROCESSING")).body("processed", equalTo(4));
        assertThat(count(db, "SELECT COUNT(*) FROM survey_results WHERE batch_id = ?", id)).isEqualTo(4);
        assertThat(count(db, "SELECT COUNT(*) FROM survey_batch_rejections WHERE batch_id = ?", id)).isZero();

        // while the dead worker's lease runs, no other worker takes the batch
        assertThat(importer.runBatch(id, Integer.MAX_VALUE)).isFalse();

        // after the lease: another worker resumes after row 4
        time.use(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(3)));
        assertThat(importer.runBatch(id, Integer.MAX_VALUE)).isTrue();

        f.vendor().get(BATCHES + "/" + id).then().body("status", equalTo("DONE")).body("processed", equalTo(11))
                .body("accepted", equalTo(10)).body("rejected", equalTo(1));
        assertThat(count(db, "SELECT COUNT(*) FROM survey_results WHERE batch_id = ?", id)).isEqualTo(10);
        assertThat(count(db, "SELECT COUNT(DISTINCT vendor_row_id) FROM survey_results WHERE batch_id = ?", id)).isEqualTo(10);
        assertThat(count(db, "SELECT COUNT(*) FROM survey_result_answers a JOIN survey_results r ON r.id = a.result_id"
                + " WHERE r.batch_id = ?", id)).isEqualTo(10 * 8);
        assertThat(count(db, "SELECT COUNT(*) FROM survey_batch_rejections WHERE batch_id = ?", id)).isEqualTo(1);
        f.vendor().get(BATCHES + "/" + id + "/rejections").then().body("items[0].line", equalTo(7));
    }

    @Test
    void workerThatStoppedBetweenChunksIsResumedByTheScheduledRun() {
        SurveyFixtures f = new SurveyFixtures();
        String[] rows = new String[6];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = f.row("S" + i);
        }
        UUID id = f.queued(csv(rows));
        importer.runBatch(id, 1); // stops after one chunk, lease held: as if killed between chunks

        time.use(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(3)));
        importer.runOnce();

        f.vendor().get(BATCHES + "/" + id).then().body("status", equalTo("DONE")).body("accepted", equalTo(6));
        assertThat(count(db, "SELECT COUNT(*) FROM survey_results WHERE batch_id = ?", id)).isEqualTo(6);
    }
}
