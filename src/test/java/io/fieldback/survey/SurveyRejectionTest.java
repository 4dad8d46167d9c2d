package io.fieldback.survey;

import static io.fieldback.survey.SurveyFixtures.BATCHES;
import static io.fieldback.survey.SurveyFixtures.DATE;
import static io.fieldback.survey.SurveyFixtures.csv;
import static io.fieldback.survey.SurveyFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.fieldback.survey.internal.importing.SurveyImporter;

/** Every reason a row is rejected, reported with its line, field and reason; valid rows around it are stored. */
@QuarkusTest
class SurveyRejectionTest {

    @Inject
    SurveyImporter importer;
    @Inject
    DataSource db;

    record Expected(int line, String rowId, String field, String reasonStart) {
    }

    @Test
    void everyReasonIsListedWithItsLineFieldAndReason() throws Exception {
        SurveyFixtures f = new SurveyFixtures();
        String future = LocalDate.now().plusDays(2).toString();
        String[] rows = {
                f.row("OK1"),                                                               // line 2
                "X1,C-NOBODY,,," + DATE + ",PHONE,yes,5,yes,5,yes,5,yes,5,",                  // 3 unknown customer code
                "X2,,SN-NOPE,," + DATE + ",PHONE,yes,5,yes,5,yes,5,yes,5,",                   // 4 unknown serial
                "X3,,,RO-NOPE," + DATE + ",PHONE,yes,5,yes,5,yes,5,yes,5,",                   // 5 unknown repair order
                f.row("X4").replace(",5,yes,4,", ",7,yes,4,"),                               // 6 out of range
                f.row("X5").replace(DATE, "2026-13-45"),                                      // 7 bad date
                f.row("X6").replace(DATE, future),                                            // 8 future date
                f.row("X7").replace("PHONE", "PIGEON"),                                       // 9 bad method
                f.row("OK1"),                                                                 // 10 duplicate of line 2 (another chunk)
                f.row("X8").replace(",yes,5,yes,4,", ",maybe,5,yes,4,"),                      // 11 not a yes/no
                f.row(""),                                                                    // 12 no row id
                "X9,,,," + DATE + ",PHONE,yes,5,yes,5,yes,5,yes,5,",                          // 13 no customer
                f.row("X10") + ",extra",                                                      // 14 too many fields
                f.row("X11").replace(",yes,5,yes,4,no,2,yes,5,", ",yes,5,yes,4,no,2,yes,,"),  // 15 required item missing
                f.row("OK2"),                                                                 // 16
                f.row("OK2"),                                                                 // 17 duplicate in the same chunk
        };
        String text = csv(rows);
        UUID id = f.queued(text);
        importer.runBatch(id, Integer.MAX_VALUE);

        List<Expected> expected = List.of(
                new Expected(3, "X1", "customerCode", "no customer with code 'C-NOBODY'"),
                new Expected(4, "X2", "equipmentSerial", "no equipment with serial number 'SN-NOPE'"),
                new Expected(5, "X3", "repairOrderNumber", "no visit with repair-order number 'RO-NOPE'"),
                new Expected(6, "X4", "quality_score", "must be from 1 to 5"),
                new Expected(7, "X5", "interviewDate", "'2026-13-45' is not a date"),
                new Expected(8, "X6", "interviewDate", "'" + future + "' is in the future"),
                new Expected(9, "X7", "method", "'PIGEON' is not one of: PHONE, WEB, FACE_TO_FACE"),
                new Expected(10, "OK1", "rowId", "duplicate row id 'OK1'"),
                new Expected(11, "X8", "quality_satisfied", "a YES_NO item takes true or false"),
                new Expected(12, null, "rowId", "required"),
                new Expected(13, "X9", "customerCode", "the row names no customer"),
                new Expected(14, "X10", "line", "has 16 fields, the header has 15"),
                new Expected(15, "X11", "answers", "required items not answered: proactive_score"),
                new Expected(17, "OK2", "rowId", "duplicate row id 'OK2': line 16"));

        f.vendor().get(BATCHES + "/" + id).then().body("status", equalTo("DONE")).body("processed", equalTo(16))
                .body("accepted", equalTo(2)).body("rejected", equalTo(14));
        assertThat(stored(db, id)).extracting(r -> r.get("rowId")).containsExactly("OK1", "OK2");

        // paged: walk the cursor with small pages
        List<Expected> listed = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = f.vendor().queryParam("limit", 5).queryParam("cursor", cursor == null ? "" : cursor)
                    .get(BATCHES + "/" + id + "/rejections").then().statusCode(200).extract().jsonPath();
            for (int i = 0; i < page.getList("items").size(); i++) {
                listed.add(new Expected(page.getInt("items[" + i + "].line"), page.getString("items[" + i + "].rowId"),
                        page.getString("items[" + i + "].field"), page.getString("items[" + i + "].reason")));
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(listed).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Expected want = expected.get(i);
            Expected got = listed.get(i);
            assertThat(got.line()).as("line of %s", want).isEqualTo(want.line());
            assertThat(got.rowId()).as("row id of %s", want).isEqualTo(want.rowId());
            assertThat(got.field()).as("field of %s", want).isEqualTo(want.field());
            assertThat(got.reasonStart()).as("reason of %s", want).startsWith(want.reasonStart());
        }

        // the same, downloadable as CSV
        byte[] download = f.vendor().get(BATCHES + "/" + id + "/rejections.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        String[] lines = new String(download, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("line,row,rowId,field,reason");
        assertThat(lines).hasSize(expected.size() + 1);
        assertThat(lines[1]).startsWith("3,2,X1,customerCode,no customer with code 'C-NOBODY'");
        assertThat(lines[7]).startsWith("9,8,X7,method,");
    }

    @Test
    void mixedEncodingsRejectOnlyTheBrokenRows() throws Exception {
        SurveyFixtures f = new SurveyFixtures();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(csv(f.row("M1") + "很好").getBytes(StandardCharsets.UTF_8));
        body.write((f.row("M2")).getBytes(StandardCharsets.UTF_8));
        body.write("很好\n".getBytes("GB18030")); // a GB18030 line in a UTF-8 file
        body.write((f.row("M3") + "\n").getBytes(StandardCharsets.UTF_8));
        String id = f.upload(TestData.unique("B"), "text/csv", body.toByteArray()).then().statusCode(202)
                .extract().path("id");
        importer.runBatch(UUID.fromString(id), Integer.MAX_VALUE);

        f.vendor().get(BATCHES + "/" + id).then().body("accepted", equalTo(2)).body("rejected", equalTo(1));
        f.vendor().get(BATCHES + "/" + id + "/rejections").then().body("items[0].line", equalTo(3))
                .body("items[0].rowId", equalTo("M2")).body("items[0].field", equalTo("other_feedback"))
                .body("items[0].reason", notNullValue());
    }

    @Test
    void unknownItemColumnRejectsRowsThatAnswerIt() {
        SurveyFixtures f = new SurveyFixtures();
        String text = SurveyFixtures.HEADER + ",loyalty_score\n" + f.row("K1") + ",\n" + f.row("K2") + ",9\n";
        UUID id = f.queued(text);
        importer.runBatch(id, Integer.MAX_VALUE);

        f.vendor().get(BATCHES + "/" + id).then().body("accepted", equalTo(1)).body("rejected", equalTo(1));
        f.vendor().get(BATCHES + "/" + id + "/rejections").then().body("items[0].line", equalTo(3))
                .body("items[0].field", equalTo("loyalty_score"))
                .body("items[0].reason", org.hamcrest.Matchers.startsWith("no item 'loyalty_score' in questionnaire version 1"));
    }
}
