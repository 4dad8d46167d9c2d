package io.fieldback.survey;

import static io.fieldback.survey.SurveyFixtures.BATCHES;
import static io.fieldback.survey.SurveyFixtures.DATE;
import static io.fieldback.survey.SurveyFixtures.csv;
import static io.fieldback.survey.SurveyFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.fieldback.survey.internal.importing.SurveyImporter;

@QuarkusTest
class SurveyUploadTest {

    @Inject
    SurveyImporter importer;
    @Inject
    DataSource db;
    @Inject
    TimeSource time;

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void csvRowsAreQueuedThenStoredWithTheirCustomerAndAnswers() {
        SurveyFixtures f = new SurveyFixtures();
        String text = csv(f.row("R1"),
                "R2,," + f.serial + ",," + DATE + ",web,true,4,true,4,true,4,true,4,",
                "R3,,," + f.number + "," + DATE + ",face to face,1,3,0,3,1,3,1,3,还行");
        Response response = f.uploadCsv(TestData.unique("B"), text);
        response.then().statusCode(202).header("Location", endsWith(BATCHES + "/" + response.path("id")))
                .body("status", equalTo("QUEUED")).body("totalRows", equalTo(3)).body("processed", equalTo(0))
                .body("format", equalTo("CSV")).body("vendorId", equalTo(f.vendorId.toString()));
        UUID id = UUID.fromString(response.path("id"));

        assertThat(importer.runBatch(id, Integer.MAX_VALUE)).isTrue();

        f.vendor().get(BATCHES + "/" + id).then().statusCode(200).body("status", equalTo("DONE"))
                .body("processed", equalTo(3)).body("accepted", equalTo(3)).body("rejected", equalTo(0));
        List<Map<String, Object>> rows = stored(db, id);
        assertThat(rows).extracting(r -> r.get("rowId")).containsExactly("R1", "R2", "R3");
        assertThat(rows).extracting(r -> r.get("customerId")).containsOnly(rows.get(0).get("customerId"));
        assertThat(rows).extracting(r -> r.get("method")).containsExactly("PHONE", "WEB", "FACE_TO_FACE");
        assertThat(rows).extracting(r -> r.get("relationship")).containsOnly("OEM");
        // the serial and the repair order bring the equipment (and its product line), the order its visit
        assertThat(rows.get(0).get("productLine")).isNull();
        assertThat(rows.get(1).get("productLine")).isEqualTo("heavy-duty-diesel");
        assertThat(rows.get(2).get("visitId")).isNotNull();
        assertThat(rows.get(2).get("equipmentId")).isEqualTo(rows.get(1).get("equipmentId"));
        assertThat(rows.get(0).get("answers")).isEqualTo("quality_satisfied=1;quality_score=5;attitude_satisfied=1;"
                + "attitude_score=4;speed_satisfied=0;speed_score=2;proactive_satisfied=1;proactive_score=5");
        assertThat((String) rows.get(2).get("answers")).endsWith("other_feedback=还行");
    }

    @Test
    void jsonRowsAreStored() {
        SurveyFixtures f = new SurveyFixtures();
        String json = """
                [
                  {"rowId": "J1", "customerCode": "%s", "interviewDate": "%s", "method": "WEB",
                   "answers": {"quality_satisfied": true, "quality_score": 5, "attitude_satisfied": true, "attitude_score": 5,
                               "speed_satisfied": true, "speed_score": 5, "proactive_satisfied": false, "proactive_score": 1,
                               "other_feedback": "电话没人接, 等了两天"}},
                  {"rowId": "J2", "equipmentSerial": "%s", "interviewDate": "%s", "method": "PHONE",
                   "answers": {"quality_satisfied": true, "quality_score": 9, "attitude_satisfied": true, "attitude_score": 5,
                               "speed_satisfied": true, "speed_score": 5, "proactive_satisfied": true, "proactive_score": 5}}
                ]""".formatted(f.customerCode, DATE, f.serial, DATE);
        Response response = f.upload(TestData.unique("B"), "application/json", json.getBytes(StandardCharsets.UTF_8));
        response.then().statusCode(202).body("format", equalTo("JSON")).body("totalRows", equalTo(2));
        UUID id = UUID.fromString(response.path("id"));

        importer.runBatch(id, Integer.MAX_VALUE);

        f.vendor().get(BATCHES + "/" + id).then().body("failure", equalTo(null)).body("status", equalTo("DONE"))
                .body("accepted", equalTo(1)).body("rejected", equalTo(1));
        assertThat(stored(db, id)).extracting(r -> r.get("answers"))
                .containsExactly("quality_satisfied=1;quality_score=5;attitude_satisfied=1;attitude_score=5;speed_satisfied=1;"
                        + "speed_score=5;proactive_satisfied=0;proactive_score=1;other_feedback=电话没人接, 等了两天");
        f.vendor().get(BATCHES + "/" + id + "/rejections").then().statusCode(200)
                .body("items[0].line", equalTo(6)).body("items[0].rowId", equalTo("J2"))
                .body("items[0].field", equalTo("answers.quality_score")).body("items[0].reason", equalTo("must be from 1 to 5"));
    }

    @Test
    void gb18030FileRoundTripsChineseText() {
        SurveyFixtures f = new SurveyFixtures();
        String feedback = "师傅很专业，配件到得快；𠮷野家";
        Charset gb = Charset.forName("GB18030");
        byte[] body = csv(f.row("G1") + "\"" + feedback + "\"").getBytes(gb);
        Response response = f.upload(TestData.unique("B"), "text/csv; charset=GB18030", body);
        response.then().statusCode(202).body("charset", equalTo("GB18030"));
        UUID id = UUID.fromString(response.path("id"));

        importer.runBatch(id, Integer.MAX_VALUE);

        assertThat((String) stored(db, id).get(0).get("answers")).endsWith("other_feedback=" + feedback);
    }

    @Test
    void utf8WithBomAndCrLfLineEndingsIsRead() {
        SurveyFixtures f = new SurveyFixtures();
        String text = "\uFEFF" + csv(f.row("U1"), f.row("U2")).replace("\n", "\r\n");
        UUID id = f.queued(text);

        importer.runBatch(id, Integer.MAX_VALUE);

        f.vendor().get(BATCHES + "/" + id).then().body("accepted", equalTo(2)).body("rejected", equalTo(0));
    }

    @Test
    void quotedFieldsWithCommasAndLineBreaksParseAndLinesAreCountedRight() {
        SurveyFixtures f = new SurveyFixtures();
        String text = csv(f.row("Q1") + "\"第一行, 有逗号\n第二行 \"\"引号\"\"\"",
                f.row("Q2").replace("PHONE", "FAX"));
        UUID id = f.queued(text);

        importer.runBatch(id, Integer.MAX_VALUE);

        assertThat((String) stored(db, id).get(0).get("answers")).endsWith("other_feedback=第一行, 有逗号\n第二行 \"引号\"");
        // Q1 spans lines 2-3, so Q2 starts on line 4
        f.vendor().get(BATCHES + "/" + id + "/rejections").then().body("items[0].line", equalTo(4))
                .body("items[0].row", equalTo(2)).body("items[0].field", equalTo("method"));
    }

    @Test
    void progressMovesChunkByChunk() {
        SurveyFixtures f = new SurveyFixtures();
        String[] rows = new String[10];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = f.row("P" + i);
        }
        UUID id = f.queued(csv(rows));
        f.vendor().get(BATCHES + "/" + id).then().body("status", equalTo("QUEUED")).body("processed", equalTo(0))
                .body("totalRows", equalTo(10));

        importer.runBatch(id, 1); // one chunk of 4 (test setting), then this worker stops
        f.vendor().get(BATCHES + "/" + id).then().body("status", equalTo("PROCESSING")).body("processed", equalTo(4))
                .body("accepted", equalTo(4));

        time.use(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(3))); // its lease ran out
        importer.runBatch(id, 1);
        f.vendor().get(BATCHES + "/" + id).then().body("status", equalTo("PROCESSING")).body("processed", equalTo(8));

        time.use(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6)));
        assertThat(importer.runBatch(id, Integer.MAX_VALUE)).isTrue();
        f.vendor().get(BATCHES + "/" + id).then().body("status", equalTo("DONE")).body("processed", equalTo(10))
                .body("accepted", equalTo(10)).body("totalRows", equalTo(10));
    }

    @Test
    void sameBatchIdAndContentIsAReplay() {
        SurveyFixtures f = new SurveyFixtures();
        String batchId = TestData.unique("B");
        String text = csv(f.row("A1"));
        String first = f.uploadCsv(batchId, text).then().statusCode(202).header("X-Replay", "false").extract().path("id");
        importer.runBatch(UUID.fromString(first), Integer.MAX_VALUE);

        f.uploadCsv(batchId, text).then().statusCode(202).header("X-Replay", "true").body("id", equalTo(first))
                .body("status", equalTo("DONE")).body("accepted", equalTo(1));
        assertThat(stored(db, UUID.fromString(first))).hasSize(1);
        f.vendor().get(BATCHES + "?limit=500").then().body("items.size()", equalTo(1));
    }

    @Test
    void sameBatchIdWithOtherContentIs409() {
        SurveyFixtures f = new SurveyFixtures();
        String batchId = TestData.unique("B");
        f.uploadCsv(batchId, csv(f.row("A1"))).then().statusCode(202);
        f.uploadCsv(batchId, csv(f.row("A1"), f.row("A2"))).then().statusCode(409)
                .contentType("application/problem+json");
        // another vendor may use the same batch id
        SurveyFixtures other = new SurveyFixtures();
        other.uploadCsv(batchId, csv(other.row("A1"))).then().statusCode(202);
    }
}
